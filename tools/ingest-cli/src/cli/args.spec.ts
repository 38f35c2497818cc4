import { DEFAULT_GATEWAY_URL, parseCommandLine, UsageError } from './args';

const env = { SAGEWIRE_API_KEY: 'sw_env_key' };

describe('parseCommandLine', () => {
  it('reads upload options, with the environment and defaults filling the rest', () => {
    expect(parseCommandLine(['upload', 'docs', 'https://x.test/a.html', '--acl', 'staff, vip', '--language', 'es', '--concurrency', '2', '--wait', '--json'], env)).toEqual({
      command: 'upload', gatewayUrl: DEFAULT_GATEWAY_URL, apiKey: 'sw_env_key', json: true, inputs: ['docs', 'https://x.test/a.html'],
      aclTags: ['staff', 'vip'], language: 'es', concurrency: 2, wait: true, waitTimeoutSeconds: 600,
    });
  });

  it('lets options override the environment and trims the gateway URL', () => {
    const parsed = parseCommandLine(['status', '--gateway', 'http://gw:8080/', '--api-key', 'sw_flag'], { ...env, SAGEWIRE_GATEWAY_URL: 'http://ignored' });
    expect(parsed).toEqual({ command: 'status', gatewayUrl: 'http://gw:8080', apiKey: 'sw_flag', json: false, includeDeleted: false });
    expect(parseCommandLine(['status'], { ...env, SAGEWIRE_GATEWAY_URL: 'https://gw.example' })).toMatchObject({ gatewayUrl: 'https://gw.example' });
  });

  it('reads status with an id and delete with --wait', () => {
    expect(parseCommandLine(['status', 'abc', '--include-deleted'], env)).toMatchObject({ command: 'status', documentId: 'abc', includeDeleted: true });
    expect(parseCommandLine(['delete', 'abc', '--wait', '--timeout', '30'], env)).toMatchObject({ command: 'delete', documentId: 'abc', wait: true, waitTimeoutSeconds: 30 });
  });

  it('answers --help for the program and for each command, without needing a key', () => {
    expect(parseCommandLine([], {})).toMatchObject({ command: 'help', text: expect.stringContaining('Commands:') });
    expect(parseCommandLine(['upload', '--help'], {})).toMatchObject({ command: 'help', text: expect.stringContaining('--concurrency <n>') });
    expect(parseCommandLine(['delete', '-h'], {})).toMatchObject({ command: 'help', text: expect.stringContaining('until the document is deleted') });
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"; the commands are upload, status and delete (see --help)'],
    [['upload'], 'name at least one file, folder or http(s) URL to upload; see ingest upload --help'],
    [['upload', 'a.md', 'b.md', '--document-id', 'x'], '--document-id uploads a new version of one document: name exactly one file or URL'],
    [['upload', 'a.md', '--concurrency', '0'], '--concurrency must be a whole number of at least 1, not "0"'],
    [['delete'], 'delete takes exactly one document id; see ingest delete --help'],
    [['status', '--gateway', 'gw:3000'], '--gateway must be an http(s) URL such as http://127.0.0.1:3000, not "gw:3000"'],
  ])('refuses %j with a message saying what to change', (argv, message) => {
    expect(() => parseCommandLine(argv, env)).toThrow(new UsageError(message));
  });

  it('refuses unknown options and a missing API key', () => {
    expect(() => parseCommandLine(['upload', 'a.md', '--colour'], env)).toThrow(/Unknown option '--colour'.*see ingest upload --help/);
    expect(() => parseCommandLine(['status'], {})).toThrow('no API key: pass --api-key or set SAGEWIRE_API_KEY (an admin API key of your tenant, sw_...)');
  });
});
