import { UsageError } from '../config';
import { DEFAULT_PII_FILE, parsePiiCommandLine } from './pii-config';

describe('parsePiiCommandLine', () => {
  it('defaults to the shared Presidio file, no JSON, no error listing', () => {
    expect(parsePiiCommandLine([])).toEqual({ kind: 'run', options: { file: DEFAULT_PII_FILE, json: undefined, showErrors: false } });
    expect(DEFAULT_PII_FILE).toMatch(/shared\/data\/pii\/presidio-synth-dev\.json$/);
  });

  it('reads --file, --json and --show-errors', () => {
    expect(parsePiiCommandLine(['--file', 'a.json', '--json', 'out.json', '--show-errors'])).toEqual({ kind: 'run', options: { file: 'a.json', json: 'out.json', showErrors: true } });
  });

  it('answers --help', () => {
    expect(parsePiiCommandLine(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([[['--unknown']], [['stray']], [['--file', '']]])('rejects %p as a usage error', (argv) => {
    expect(() => parsePiiCommandLine(argv)).toThrow(UsageError);
  });
});
