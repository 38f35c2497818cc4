import { optionsOrExitCode, runTool } from '@sagewire/cli-kit';
import { parseLocalZendeskCommandLine, USAGE, type LocalZendeskCommand } from './lib/command-line';
import { startLocalZendesk } from './lib/local-zendesk';

async function main(argv: readonly string[]): Promise<number> {
  const options = optionsOrExitCode<LocalZendeskCommand>(() => parseLocalZendeskCommandLine(argv), USAGE);
  if (typeof options === 'number') return options;
  const zendesk = await startLocalZendesk(options);
  // The token is printed on purpose: it is the local server's own demo credential, typed on this command line.
  process.stdout.write(
    `local Zendesk listening on ${zendesk.url}\n` +
    `  API-token login: ${options.email}/token:${options.apiToken}\n` +
    `  platform: ESCALATION_ZENDESK_URL=${zendesk.url} ESCALATION_ZENDESK_EMAIL=${options.email} ESCALATION_ZENDESK_API_TOKEN=${options.apiToken}\n` +
    `  try: curl -u '${options.email}/token:${options.apiToken}' ${zendesk.url}/api/v2/tickets.json\n`,
  );
  // The open server keeps the process alive; a signal closes it and the process ends with code 0.
  const stop = (): void => void zendesk.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

void runTool('zendesk:local', () => main(process.argv.slice(2)));
