import { UsageError } from '@sagewire/cli-kit';
import { DEFAULT_LOCAL_ZENDESK_EMAIL, DEFAULT_LOCAL_ZENDESK_PORT, DEFAULT_LOCAL_ZENDESK_TOKEN, parseLocalZendeskCommandLine } from './command-line';

describe('parseLocalZendeskCommandLine', () => {
  it('runs with demo credentials by default and reads every option', () => {
    expect(parseLocalZendeskCommandLine([])).toEqual({
      kind: 'run', options: { port: DEFAULT_LOCAL_ZENDESK_PORT, host: '127.0.0.1', email: DEFAULT_LOCAL_ZENDESK_EMAIL, apiToken: DEFAULT_LOCAL_ZENDESK_TOKEN },
    });
    expect(parseLocalZendeskCommandLine(['--email', 'a@b.co', '--token', 'T', '--port', '0', '--host', '0.0.0.0'])).toEqual({
      kind: 'run', options: { port: 0, host: '0.0.0.0', email: 'a@b.co', apiToken: 'T' },
    });
  });

  it('shows the help', () => {
    expect(parseLocalZendeskCommandLine(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--port', '70000'], '--port must be a whole number'],
    [['--email', 'agent'], '--email must be an email address'],
    [['--token', ' '], '--token must not be empty'],
    [['--verbose'], "Unknown option '--verbose'"],
  ])('refuses %j with a usage error naming the option', (argv, message) => {
    expect(() => parseLocalZendeskCommandLine(argv)).toThrow(UsageError);
    expect(() => parseLocalZendeskCommandLine(argv)).toThrow(message);
  });
});
