/**
 * Faults a reply can raise mid-stream, after some content was sent. They are the exception
 * events Bedrock's ConverseStream defines (`throttlingException`, ...); OpenAI's server sends
 * them as an `error` data line instead.
 */
export const STREAM_FAULT_KINDS = ['throttle', 'unavailable', 'validation', 'internal', 'modelStreamError'] as const;
export type StreamFaultKind = (typeof STREAM_FAULT_KINDS)[number];

/** The message each mid-stream fault carries. */
export const STREAM_FAULT_MESSAGES: Readonly<Record<StreamFaultKind, string>> = {
  throttle: 'Too many tokens, please wait before trying again.',
  unavailable: 'The service is temporarily unable to handle the request.',
  validation: 'The model rejected the request while generating: scripted validation failure.',
  internal: 'The system encountered an unexpected error during processing. Try your request again.',
  modelStreamError: 'The model stream failed while generating the response.',
};
