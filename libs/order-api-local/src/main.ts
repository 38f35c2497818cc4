import { optionsOrExitCode, runTool } from '@sagewire/cli-kit';
import { parseLocalOrderApiCommandLine, USAGE, type LocalOrderApiCommand } from './lib/command-line';
import { localDemoOrders } from './lib/demo-orders';
import { startLocalOrderApi } from './lib/local-order-api';

async function main(argv: readonly string[]): Promise<number> {
  const options = optionsOrExitCode<LocalOrderApiCommand>(() => parseLocalOrderApiCommandLine(argv), USAGE);
  if (typeof options === 'number') return options;
  const api = await startLocalOrderApi({ port: options.port, host: options.host, token: options.token, orders: localDemoOrders(options.tenantId, options.customerId) });
  process.stdout.write(
    `local Order API listening on ${api.url}\n` +
    `  tenant ${options.tenantId}, customer ${options.customerId}: SW-10041..SW-10044; SW-10099 belongs to another customer\n` +
    `  ${options.token === undefined ? 'no authentication' : 'requires authorization: Bearer <token>'}\n` +
    `  try: curl -H 'x-tenant-id: ${options.tenantId}'${options.token === undefined ? '' : " -H 'authorization: Bearer <token>'"} ${api.url}/orders/SW-10041\n`,
  );
  // The open server keeps the process alive; a signal closes it and the process ends with code 0.
  const stop = (): void => void api.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

void runTool('orders:local', () => main(process.argv.slice(2)));
