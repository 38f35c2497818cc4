import { parseArgs } from 'node:util';
import { EXAMPLE_CHAT_MODEL_IDS } from './lib/chat/example-chat-models';
import { DEFAULT_LOCAL_BEDROCK_HOST, startLocalBedrock } from './lib/local-bedrock';
import { TITAN_EMBED_TEXT_V2 } from './lib/models/titan-embed-text-v2.handler';
import { startLocalOpenAi, type LocalOpenAi } from './lib/openai/local-openai';

/** Fixed so a shell's BEDROCK_ENDPOINT keeps working across restarts. */
const DEFAULT_PORT = 4588;
const CHAT_MODEL = EXAMPLE_CHAT_MODEL_IDS[0];

const USAGE = `Usage: npm run bedrock:local -- [--port N] [--host H] [--openai-port N] [--first-token-delay MS] [--chunk-delay MS]

A local Amazon Bedrock Runtime (wire-compatible with the AWS SDK) for development and demos.
  --port N               port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host H               address to bind (default ${DEFAULT_LOCAL_BEDROCK_HOST}; signatures are not verified, keep it local)
  --openai-port N        also start an OpenAI-compatible chat server on port N (0 picks a free one; default: not started)
  --openai-api-key KEY   make that server require "Authorization: Bearer KEY"
  --first-token-delay MS every streamed reply waits MS before its first chunk (default 0)
  --chunk-delay MS       ... and MS between chunks (default 0)
  --help                 this text

Bedrock:  POST /model/${TITAN_EMBED_TEXT_V2}/invoke            (embeddings)
          POST /model/{any other model id}/converse           (e.g. ${CHAT_MODEL})
          POST /model/{any other model id}/converse-stream    (application/vnd.amazon.eventstream)
OpenAI:   POST /v1/chat/completions  (stream, stream_options.include_usage, tools)
Chat answers, unscripted: from the <sources> passages of the prompt with [n] markers; an order
number with a one-string-argument tool offered calls the tool; tool results are summarised.
Control (both servers): POST /__control/script   GET /__control/requests   POST /__control/reset
  {"latencyMs":50, "firstTokenDelayMs":300, "chunkDelayMs":20,
   "faults":[{"modelId":"${CHAT_MODEL}","fault":"throttle","times":2}],
   "failWhenInputContains":[{"text":"POISON","fault":"internal"}],
   "replies":[{"modelId":"${CHAT_MODEL}","times":1,"reply":{"text":"Hello there.","usage":{"cacheReadInputTokens":100},
              "toolUse":{"name":"get_order","input":{"orderId":"12345"}},"cutAfterChunks":2,
              "faultAfterChunks":{"chunks":1,"fault":"throttle"}}}]}
Faults: throttle, unavailable, notReady, accessDenied, validation, internal, hang; or {"delayMs":N}.
Mid-stream faults: throttle, unavailable, validation, internal, modelStreamError.
Point the service at it: BEDROCK_ENDPOINT=<url> BEDROCK_REGION=us-east-1 and any AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.`;

function wholeNumber(flag: string, value: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const parsed = Number(value ?? fallback);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > max) throw new Error(`--${flag} must be a whole number from 0 to ${max}; got ${value ?? ''}`);
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean' },
      'openai-port': { type: 'string' }, 'openai-api-key': { type: 'string' },
      'first-token-delay': { type: 'string' }, 'chunk-delay': { type: 'string' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const host = values.host ?? DEFAULT_LOCAL_BEDROCK_HOST;
  const port = wholeNumber('port', values.port, DEFAULT_PORT, 65_535);
  const firstTokenDelay = wholeNumber('first-token-delay', values['first-token-delay'], 0);
  const chunkDelay = wholeNumber('chunk-delay', values['chunk-delay'], 0);
  const openAiPort = values['openai-port'] === undefined ? undefined : wholeNumber('openai-port', values['openai-port'], 0, 65_535);

  const bedrock = await startLocalBedrock({ port, host });
  bedrock.script.setFirstTokenDelay(firstTokenDelay).setChunkDelay(chunkDelay);
  console.log(`local Bedrock listening on ${bedrock.url}`);
  let openAi: LocalOpenAi | undefined;
  if (openAiPort !== undefined) {
    // Its own script and log: each server is scripted through its own /__control endpoints.
    openAi = await startLocalOpenAi({ port: openAiPort, host, ...(values['openai-api-key'] === undefined ? {} : { apiKey: values['openai-api-key'] }) });
    openAi.script.setFirstTokenDelay(firstTokenDelay).setChunkDelay(chunkDelay);
    console.log(`local OpenAI-compatible chat listening on ${openAi.url}/v1`);
  }
  const stop = (): void => {
    void Promise.all([bedrock.close(), openAi?.close()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
