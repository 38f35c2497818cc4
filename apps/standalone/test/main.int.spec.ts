import { spawn, type ChildProcessByStdio } from 'node:child_process';
import * as path from 'node:path';
import type { Readable } from 'node:stream';

/** What `npm start` runs, from the workspace root (README: `npm ci && npm start`). */
const WORKSPACE_ROOT = path.resolve(__dirname, '../../..');
const ENTRYPOINT = ['-r', './tools/scripts/register-ts.cjs', 'apps/standalone/src/main.ts'];
const URL_LINE = /^Sagewire is running: open (http:\/\/\S+) in your browser$/m;
const STARTUP_TIMEOUT_MS = 240_000;

describe('the real entrypoint (npm start)', () => {
  let child: ChildProcessByStdio<null, Readable, Readable> | undefined;
  let stdout = '';
  let stderr = '';
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  beforeAll(() => {
    // The caller's environment, as `npm start` would see it, but PORT=0 (a free port, so the
    // URL must be read from what the process prints) and the default log level.
    child = spawn(process.execPath, ENTRYPOINT, {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    exited = new Promise((resolve) => child!.once('exit', (code, signal) => resolve({ code, signal })));
  });

  afterAll(() => {
    // Only if a failed test left it running: this one process, by its own handle.
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('prints the URL, serves the chat page, is ready, and exits cleanly on SIGTERM', async () => {
    const url = await waitForUrl();

    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('data-testid="chat-send"');
    expect((await fetch(`${url}/health/ready`)).status).toBe(200);

    child!.kill('SIGTERM');
    const exit = await exited;
    expect({ exit, stderr: errorLines() }).toEqual({ exit: { code: 0, signal: null }, stderr: [] });
  }, STARTUP_TIMEOUT_MS + 30_000);

  async function waitForUrl(): Promise<string> {
    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    for (;;) {
      const url = URL_LINE.exec(stdout)?.[1];
      if (url) return url;
      if (child!.exitCode !== null) throw new Error(`the standalone exited with ${child!.exitCode} before printing its URL:\n${stdout}\n${stderr}`);
      if (Date.now() > deadline) throw new Error(`no URL line within ${STARTUP_TIMEOUT_MS} ms:\n${stdout}\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** JSON log lines at error level: a clean run has none. */
  function errorLines(): string[] {
    return stderr.split('\n').filter((line) => line.includes('"level":"error"'));
  }
});
