import { parseArgs } from 'node:util';
import { DEFAULT_LOCAL_BEDROCK_HOST, startLocalBedrock } from './lib/local-bedrock';
import { TITAN_EMBED_TEXT_V2 } from './lib/models/titan-embed-text-v2.handler';

/** Fixed so a shell's BEDROCK_ENDPOINT keeps working across restarts. */
const DEFAULT_PORT = 4588;

const USAGE = `Usage: npm run bedrock:local -- [--port N] [--host H]

A local Amazon Bedrock Runtime (wire-compatible with the AWS SDK) for development and demos.
  --port N   port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host H   address to bind (default ${DEFAULT_LOCAL_BEDROCK_HOST}; signatures are not verified, keep it local)
  --help     this text

Models: POST /model/${TITAN_EMBED_TEXT_V2}/invoke
Control: POST /__control/script  {"latencyMs":50,"faults":[{"modelId":"${TITAN_EMBED_TEXT_V2}","fault":"throttle","times":2}],
                                 "failWhenInputContains":[{"text":"POISON","fault":"internal"}]}
         GET  /__control/requests   POST /__control/reset
Faults: throttle, unavailable, notReady, accessDenied, validation, internal, hang; or {"delayMs":N}.
Point the service at it: BEDROCK_ENDPOINT=<url> BEDROCK_REGION=us-east-1 and any AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a whole number from 0 to 65535; got ${values.port ?? ''}`);
  const server = await startLocalBedrock({ port, host: values.host ?? DEFAULT_LOCAL_BEDROCK_HOST });
  console.log(`local Bedrock listening on ${server.url}`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
