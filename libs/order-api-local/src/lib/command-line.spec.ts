import { UsageError } from '@sagewire/cli-kit';
import { DEFAULT_LOCAL_ORDER_API_PORT, parseLocalOrderApiCommandLine } from './command-line';

describe('parseLocalOrderApiCommandLine', () => {
  it('reads every option, with defaults for port and host and no token', () => {
    expect(parseLocalOrderApiCommandLine(['--tenant', 't1', '--customer', 'c1'])).toEqual({
      kind: 'run', options: { port: DEFAULT_LOCAL_ORDER_API_PORT, host: '127.0.0.1', token: undefined, tenantId: 't1', customerId: 'c1' },
    });
    expect(parseLocalOrderApiCommandLine(['--tenant', 't1', '--customer', 'c1', '--port', '0', '--token', 'T', '--host', '0.0.0.0'])).toMatchObject({
      options: { port: 0, token: 'T', host: '0.0.0.0' },
    });
  });

  it('shows the help', () => {
    expect(parseLocalOrderApiCommandLine(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--customer', 'c1'], '--tenant is required'],
    [['--tenant', 't1'], '--customer is required'],
    [['--tenant', ' ', '--customer', 'c1'], '--tenant must not be empty'],
    [['--tenant', 't1', '--customer', 'c1', '--port', '70000'], '--port must be a whole number'],
    [['--tenant', 't1', '--customer', 'c1', '--verbose'], "Unknown option '--verbose'"],
  ])('refuses %j with a usage error naming the option', (argv, message) => {
    expect(() => parseLocalOrderApiCommandLine(argv)).toThrow(UsageError);
    expect(() => parseLocalOrderApiCommandLine(argv)).toThrow(message);
  });
});
