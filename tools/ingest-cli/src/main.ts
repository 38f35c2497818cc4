import { parseCommandLine, UsageError } from './cli/args';
import type { Output } from './cli/output';
import { runDelete } from './commands/delete.command';
import { runStatus } from './commands/status.command';
import { runUpload } from './commands/upload.command';
import { GatewayClient } from './gateway/gateway-client';

/** How often --wait asks the gateway. */
const POLL_INTERVAL_MS = 1_000;

/** `npm run ingest -- <command>`: the composition root, the only place that reads the process. */
async function main(): Promise<number> {
  const output: Output = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTTY: process.stderr.isTTY === true && process.stdout.isTTY === true,
  };
  try {
    const command = parseCommandLine(process.argv.slice(2), process.env);
    if (command.command === 'help') {
      output.stdout(`${command.text}\n`);
      return 0;
    }
    const client = new GatewayClient(command.gatewayUrl, command.apiKey);
    switch (command.command) {
      case 'upload': return await runUpload(command, { client, output, pollIntervalMs: POLL_INTERVAL_MS });
      case 'status': return await runStatus(command, { client, output });
      case 'delete': return await runDelete(command, { client, output, pollIntervalMs: POLL_INTERVAL_MS });
    }
  } catch (error) {
    output.stderr(`ingest: ${(error as Error).message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

void main().then((code) => {
  process.exitCode = code;
});
