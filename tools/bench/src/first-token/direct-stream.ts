import { BedrockRuntimeClient, ConverseStreamCommand, type ConverseStreamCommandInput } from '@aws-sdk/client-bedrock-runtime';
import { BENCH_REGION, LOCAL_CREDENTIALS } from './platform-env';

/**
 * The generation service's GENERATION_IDLE_TIMEOUT_MS default, which its client takes as the
 * handler's request timeout; the same client options make the baseline pay what the platform's
 * SDK call pays (one HTTP/2 session per call, no SDK retries).
 */
const REQUEST_TIMEOUT_MS = 15_000;

/** One ConverseStream call as the bench sees it; times in ms from `send`. */
export interface DirectTimes {
  /** The first text delta; absent when the model streamed no text. */
  readonly firstTokenMs: number | undefined;
  /** The delta that ended the first sentence (see {@link sentenceEnded}), or the end of the stream. */
  readonly firstSentenceMs: number | undefined;
  /** The stream's last event read (after messageStop and the usage metadata). */
  readonly doneMs: number;
  readonly deltas: number;
  readonly text: string;
}

/** Built as libs/generation's createBedrockRuntimeClient builds the platform's, with the local server's credentials. */
export function createDirectClient(endpoint: string): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    region: BENCH_REGION,
    endpoint,
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 1,
    requestHandler: { requestTimeout: REQUEST_TIMEOUT_MS, disableConcurrentStreams: true },
  });
}

/**
 * A logged Converse request body (the wire JSON of the platform's call) as the SDK's input:
 * ConverseStream's REST-JSON body has the input's own member names and shapes.
 */
export function replayInput(modelId: string, body: unknown): ConverseStreamCommandInput {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { messages?: unknown }).messages)) {
    throw new Error('the logged model call has no messages to replay');
  }
  return { ...(body as Omit<ConverseStreamCommandInput, 'modelId'>), modelId };
}

/**
 * Whether `text` holds a whole first sentence: a `.`, `?` or `!` (and any closing quotes or
 * brackets) followed by whitespace, or a blank line after some text. The second is what the
 * platform's splitter also ends a sentence at, and the local Bedrock's extractive answers
 * often begin with a heading or a table ("Shipping options and costs\n\n| ..."); without it
 * the baseline's first sentence would come later than the one the platform shows. Written
 * out here rather than taken from the guardrails, so a change to the platform's splitter
 * shows up in the figures instead of moving the baseline with it.
 */
export function sentenceEnded(text: string): boolean {
  return /[.!?]["'”’)\]»]*\s/.test(text) || /\S[^\S\n]*\n[^\S\n]*\n/.test(text);
}

/** Sends one ConverseStream call and reads the whole stream, timing it delta by delta. */
export async function streamDirect(client: BedrockRuntimeClient, input: ConverseStreamCommandInput, timeoutMs: number): Promise<DirectTimes> {
  const started = performance.now();
  const response = await client.send(new ConverseStreamCommand(input), { abortSignal: AbortSignal.timeout(timeoutMs) });
  if (response.stream === undefined) throw new Error('ConverseStream answered without a stream');
  let text = '';
  let deltas = 0;
  let firstTokenMs: number | undefined;
  let firstSentenceMs: number | undefined;
  let stopped = false;
  for await (const event of response.stream) {
    const delta = event.contentBlockDelta?.delta?.text;
    if (delta !== undefined && delta !== '') {
      const at = performance.now() - started;
      deltas += 1;
      text += delta;
      firstTokenMs ??= at;
      if (firstSentenceMs === undefined && sentenceEnded(text)) firstSentenceMs = at;
    }
    if (event.messageStop !== undefined) stopped = true;
  }
  const doneMs = performance.now() - started;
  if (!stopped) throw new Error('the stream ended without messageStop');
  return { firstTokenMs, firstSentenceMs: firstSentenceMs ?? (text === '' ? undefined : doneMs), doneMs, deltas, text };
}
