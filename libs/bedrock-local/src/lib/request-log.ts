/** The operations a local server logs: Bedrock Runtime's, and OpenAI's chat completions. */
export type ModelOperation = 'InvokeModel' | 'Converse' | 'ConverseStream' | 'ApplyGuardrail' | 'ChatCompletions';

/** One model call as the server received it, for assertions. */
export interface LoggedRequest {
  readonly operation: ModelOperation;
  /** The model id; for ApplyGuardrail, the guardrail id (from its ARN when an ARN was sent). */
  readonly modelId: string;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  readonly body: unknown;
  /** ISO-8601 time of arrival. */
  readonly receivedAt: string;
  /** HTTP status answered (200 once a stream started); undefined while pending or when the call hung. */
  status: number | undefined;
}
