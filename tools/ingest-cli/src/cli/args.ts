import { parseArgs, type ParseArgsConfig } from 'node:util';
import { HELP } from './help';

export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:3000';
export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_WAIT_TIMEOUT_SECONDS = 600;

export interface Connection {
  readonly gatewayUrl: string;
  readonly apiKey: string;
  readonly json: boolean;
}

export interface UploadCommand extends Connection {
  readonly command: 'upload';
  readonly inputs: readonly string[];
  readonly aclTags: readonly string[];
  readonly language?: string;
  readonly documentId?: string;
  readonly concurrency: number;
  readonly wait: boolean;
  readonly waitTimeoutSeconds: number;
}

export interface StatusCommand extends Connection {
  readonly command: 'status';
  readonly documentId?: string;
  readonly includeDeleted: boolean;
}

export interface DeleteCommand extends Connection {
  readonly command: 'delete';
  readonly documentId: string;
  readonly wait: boolean;
  readonly waitTimeoutSeconds: number;
}

export type ParsedCommand = UploadCommand | StatusCommand | DeleteCommand | { readonly command: 'help'; readonly text: string };

/** A command line that cannot run; the message says what to change (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const COMMON = {
  gateway: { type: 'string' },
  'api-key': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

const WAIT = { wait: { type: 'boolean', default: false }, timeout: { type: 'string' } } as const satisfies ParseArgsConfig['options'];

const OPTIONS = {
  upload: { ...COMMON, ...WAIT, acl: { type: 'string' }, language: { type: 'string' }, 'document-id': { type: 'string' }, concurrency: { type: 'string' } },
  status: { ...COMMON, 'include-deleted': { type: 'boolean', default: false } },
  delete: { ...COMMON, ...WAIT },
} as const satisfies Record<string, ParseArgsConfig['options']>;

type CommandName = keyof typeof OPTIONS;
const isCommand = (name: string | undefined): name is CommandName => name !== undefined && Object.hasOwn(OPTIONS, name);

/** `env` holds SAGEWIRE_GATEWAY_URL and SAGEWIRE_API_KEY; options override them. */
export function parseCommandLine(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ParsedCommand {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') return { command: 'help', text: HELP.main };
  if (!isCommand(name)) throw new UsageError(`unknown command "${name}"; the commands are upload, status and delete (see --help)`);
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS[name], allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}; see ingest ${name} --help`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values['help'] === true) return { command: 'help', text: HELP[name] };
  const connection = connectionOf(values, env);
  const positionals = parsed.positionals;
  switch (name) {
    case 'upload': {
      if (positionals.length === 0) throw new UsageError('name at least one file, folder or http(s) URL to upload; see ingest upload --help');
      const documentId = stringOption(values, 'document-id');
      if (documentId !== undefined && positionals.length > 1) {
        throw new UsageError('--document-id uploads a new version of one document: name exactly one file or URL');
      }
      const language = stringOption(values, 'language');
      return {
        command: 'upload', ...connection, inputs: positionals,
        aclTags: (stringOption(values, 'acl') ?? '').split(',').map((t) => t.trim()).filter((t) => t.length > 0),
        ...(language === undefined ? {} : { language }),
        ...(documentId === undefined ? {} : { documentId }),
        concurrency: positiveInt(values, 'concurrency', DEFAULT_CONCURRENCY),
        wait: values['wait'] === true,
        waitTimeoutSeconds: positiveInt(values, 'timeout', DEFAULT_WAIT_TIMEOUT_SECONDS),
      };
    }
    case 'status': {
      if (positionals.length > 1) throw new UsageError('status takes at most one document id');
      const [documentId] = positionals;
      return { command: 'status', ...connection, ...(documentId === undefined ? {} : { documentId }), includeDeleted: values['include-deleted'] === true };
    }
    case 'delete': {
      if (positionals.length !== 1) throw new UsageError('delete takes exactly one document id; see ingest delete --help');
      return { command: 'delete', ...connection, documentId: positionals[0]!, wait: values['wait'] === true, waitTimeoutSeconds: positiveInt(values, 'timeout', DEFAULT_WAIT_TIMEOUT_SECONDS) };
    }
  }
}

function connectionOf(values: Record<string, string | boolean | undefined>, env: Readonly<Record<string, string | undefined>>): Connection {
  const gatewayUrl = (stringOption(values, 'gateway') ?? env['SAGEWIRE_GATEWAY_URL'] ?? DEFAULT_GATEWAY_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/i.test(gatewayUrl)) throw new UsageError(`--gateway must be an http(s) URL such as ${DEFAULT_GATEWAY_URL}, not "${gatewayUrl}"`);
  const apiKey = stringOption(values, 'api-key') ?? env['SAGEWIRE_API_KEY'];
  if (!apiKey) throw new UsageError('no API key: pass --api-key or set SAGEWIRE_API_KEY (an admin API key of your tenant, sw_...)');
  return { gatewayUrl, apiKey, json: values['json'] === true };
}

function stringOption(values: Record<string, string | boolean | undefined>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function positiveInt(values: Record<string, string | boolean | undefined>, name: string, fallback: number): number {
  const raw = stringOption(values, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`--${name} must be a whole number of at least 1, not "${raw}"`);
  return value;
}
