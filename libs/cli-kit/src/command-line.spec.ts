import { optionsOrExitCode, runTool, UsageError, type ToolOutput } from './command-line';

function recorder(): ToolOutput & { out: string; err: string } {
  const r = { out: '', err: '', stdout: (t: string) => void (r.out += t), stderr: (t: string) => void (r.err += t) };
  return r;
}

describe('optionsOrExitCode', () => {
  it('returns the options to run with', () => {
    expect(optionsOrExitCode(() => ({ kind: 'run', options: { rounds: 3 } }), 'usage\n', recorder())).toEqual({ rounds: 3 });
  });

  it('prints the usage for --help and exits 0', () => {
    const output = recorder();
    expect(optionsOrExitCode(() => ({ kind: 'help' }), 'usage\n', output)).toBe(0);
    expect(output.out).toBe('usage\n');
  });

  it('prints a usage error with the usage and exits 2, but lets a bug through', () => {
    const output = recorder();
    expect(optionsOrExitCode(() => { throw new UsageError('--rounds must be a number'); }, 'usage\n', output)).toBe(2);
    expect(output.err).toBe('error: --rounds must be a number\n\nusage\n');
    expect(() => optionsOrExitCode(() => { throw new TypeError('bug'); }, 'usage\n', output)).toThrow(TypeError);
  });
});

describe('runTool', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it("sets the exit code from main's result", async () => {
    await runTool('t', () => Promise.resolve(3), recorder());
    expect(process.exitCode).toBe(3);
  });

  it('prints a crash under the tool name and exits 1', async () => {
    const output = recorder();
    await runTool('eval', () => { throw new Error('boom'); }, output);
    expect(process.exitCode).toBe(1);
    expect(output.err).toMatch(/^eval failed: Error: boom/);
  });
});
