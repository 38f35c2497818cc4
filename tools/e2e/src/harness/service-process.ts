import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import * as path from 'node:path';

export const WORKSPACE_ROOT = path.resolve(__dirname, '../../../..');
const READY_TIMEOUT_MS = 90_000;

/**
 * One service app as its own OS process, run from source exactly as an operator would
 * (`node -r tools/scripts/register-ts.cjs apps/<name>/src/main.ts`). Output goes to a log
 * file per process so a failing run can be read afterwards.
 */
export class ServiceProcess {
  private child: ChildProcess | undefined;
  private log: WriteStream | undefined;
  private exited: Promise<void> = Promise.resolve();

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logDir: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    mkdirSync(this.logDir, { recursive: true });
    this.log = createWriteStream(path.join(this.logDir, `${this.name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, ['-r', './tools/scripts/register-ts.cjs', `apps/${this.name}/src/main.ts`], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    this.child = child;
  }

  /** Polls `/health/ready` until the process serves and its consumers have joined. */
  async waitReady(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (this.child?.exitCode !== null && this.child?.exitCode !== undefined) {
        throw new Error(`${this.name} exited with ${this.child.exitCode} before it was ready; see ${this.logDir}/${this.name}.log`);
      }
      try {
        const response = await fetch(`${this.url}/health/ready`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${this.name} was not ready within ${READY_TIMEOUT_MS} ms; see ${this.logDir}/${this.name}.log`);
  }

  /** `kill -9`: no shutdown hook runs, nothing is flushed or committed. */
  async kill9(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
  }

  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timer);
    this.log?.end();
  }
}
