/** What a model handler answers: a JSON body and any extra response headers. */
export interface ModelResponse {
  readonly body: unknown;
  readonly headers?: Record<string, string>;
}

/**
 * One model family behind `POST /model/{modelId}/invoke`. Handlers validate the request as
 * the real model does and throw `BedrockServiceError` to answer with an error; faults,
 * latency and the request log are the server's business, not theirs.
 */
export interface InvokeModelHandler {
  readonly modelIds: readonly string[];
  /** The request's user texts, matched by "fail every call whose input contains X" rules. */
  inputTexts(body: unknown): string[];
  invoke(modelId: string, body: unknown): ModelResponse;
}
