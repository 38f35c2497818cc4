import { parseArgs } from 'node:util';
import { UsageError, type CommandLine } from '@sagewire/cli-kit';
import { DEFAULT_LOCAL_ZENDESK_HOST } from './local-zendesk';

/** Fixed so a shell's ESCALATION_ZENDESK_URL keeps working across restarts. */
export const DEFAULT_LOCAL_ZENDESK_PORT = 4591;
/** Demo credentials: the server is local, and the platform is configured with the same. */
export const DEFAULT_LOCAL_ZENDESK_EMAIL = 'agent@example.com';
export const DEFAULT_LOCAL_ZENDESK_TOKEN = 'local-zendesk-api-token';

export interface LocalZendeskCommand {
  readonly port: number;
  readonly host: string;
  readonly email: string;
  readonly apiToken: string;
}

export const USAGE = `Usage: npm run zendesk:local -- [--email E] [--token T] [--port N] [--host H]

A local Zendesk Support API v2 (the part Sagewire uses) for demos and tests: tickets are created,
listed by external_id, shown, updated and commented on in memory.
  --email E   agent email of the API-token login (default ${DEFAULT_LOCAL_ZENDESK_EMAIL})
  --token T   the account's API token (default ${DEFAULT_LOCAL_ZENDESK_TOKEN})
  --port N    port to listen on (default ${DEFAULT_LOCAL_ZENDESK_PORT}; 0 picks a free one)
  --host H    address to bind (default ${DEFAULT_LOCAL_ZENDESK_HOST}; keep it local)
  --help      this text

API: POST /api/v2/tickets.json, GET /api/v2/tickets.json[?external_id=X],
     GET|PUT /api/v2/tickets/{id}.json, GET /api/v2/tickets/{id}/comments.json
Auth: Basic base64("{email}/token:{token}"), e.g. curl -u "{email}/token:{token}" …
Point the platform at it: ESCALATION_ZENDESK_URL=<url> ESCALATION_ZENDESK_EMAIL=<email> ESCALATION_ZENDESK_API_TOKEN=<token>
`;

/** Reads the command line; a UsageError names the offending option. */
export function parseLocalZendeskCommandLine(argv: readonly string[]): CommandLine<LocalZendeskCommand> {
  let values: { port?: string; host?: string; email?: string; token?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv], strict: true, allowPositionals: false,
      options: { port: { type: 'string' }, host: { type: 'string' }, email: { type: 'string' }, token: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help === true) return { kind: 'help' };
  const port = Number(values.port ?? DEFAULT_LOCAL_ZENDESK_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port must be a whole number from 0 to 65535; got ${values.port ?? ''}`);
  const email = nonEmpty('email', values.email) ?? DEFAULT_LOCAL_ZENDESK_EMAIL;
  if (!email.includes('@')) throw new UsageError(`--email must be an email address; got ${email}`);
  return {
    kind: 'run',
    options: { port, host: nonEmpty('host', values.host) ?? DEFAULT_LOCAL_ZENDESK_HOST, email, apiToken: nonEmpty('token', values.token) ?? DEFAULT_LOCAL_ZENDESK_TOKEN },
  };
}

function nonEmpty(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim().length === 0) throw new UsageError(`--${name} must not be empty`);
  return value;
}
