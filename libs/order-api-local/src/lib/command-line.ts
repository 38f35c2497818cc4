import { parseArgs } from 'node:util';
import { UsageError, type CommandLine } from '@sagewire/cli-kit';
import { DEFAULT_LOCAL_ORDER_API_HOST } from './local-order-api';

/** Fixed so a shell's GENERATION_ORDER_API_URL keeps working across restarts. */
export const DEFAULT_LOCAL_ORDER_API_PORT = 4590;

export interface LocalOrderApiCommand {
  readonly port: number;
  readonly host: string;
  readonly token: string | undefined;
  readonly tenantId: string;
  readonly customerId: string;
}

export const USAGE = `Usage: npm run orders:local -- --tenant <tenant id> --customer <customer id> [--token T] [--port N] [--host H]

A local Order API (docs/order-api.md) serving demo orders for one signed-in customer:
SW-10041 shipped, SW-10042 delivered, SW-10043 processing, SW-10044 cancelled, and SW-10099
of another customer of the same tenant (the assistant must not reveal it).
  --tenant ID     tenant whose x-tenant-id may read the orders (the platform's tenant id)
  --customer ID   customer who placed them (the signed-in user id of the chat)
  --token T       require "authorization: Bearer T" (default: no authentication)
  --port N        port to listen on (default ${DEFAULT_LOCAL_ORDER_API_PORT}; 0 picks a free one)
  --host H        address to bind (default ${DEFAULT_LOCAL_ORDER_API_HOST}; keep it local)
  --help          this text

API: GET /orders/{orderId}   headers: x-tenant-id, authorization
Point the platform at it: GENERATION_ORDER_API_URL=<url> GENERATION_ORDER_API_AUTH_VALUE="Bearer T"
`;

/** Reads the command line; a UsageError names the offending option. */
export function parseLocalOrderApiCommandLine(argv: readonly string[]): CommandLine<LocalOrderApiCommand> {
  let values: { port?: string; host?: string; token?: string; tenant?: string; customer?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv], strict: true, allowPositionals: false,
      options: { port: { type: 'string' }, host: { type: 'string' }, token: { type: 'string' }, tenant: { type: 'string' }, customer: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help === true) return { kind: 'help' };
  const port = Number(values.port ?? DEFAULT_LOCAL_ORDER_API_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port must be a whole number from 0 to 65535; got ${values.port ?? ''}`);
  return {
    kind: 'run',
    options: { port, host: values.host ?? DEFAULT_LOCAL_ORDER_API_HOST, token: nonEmpty('token', values.token), tenantId: required('tenant', values.tenant), customerId: required('customer', values.customer) },
  };
}

function required(name: string, value: string | undefined): string {
  const given = nonEmpty(name, value);
  if (given === undefined) throw new UsageError(`--${name} is required`);
  return given;
}

function nonEmpty(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim().length === 0) throw new UsageError(`--${name} must not be empty`);
  return value;
}
