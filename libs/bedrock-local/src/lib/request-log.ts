/** One model call as the server received it, for assertions. */
export interface LoggedRequest {
  readonly operation: 'InvokeModel';
  readonly modelId: string;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  readonly body: unknown;
  /** ISO-8601 time of arrival. */
  readonly receivedAt: string;
  /** HTTP status answered; undefined while pending or when the call hung. */
  status: number | undefined;
}
