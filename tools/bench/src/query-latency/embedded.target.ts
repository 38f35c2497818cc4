import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { GatewayClient } from '@sagewire/e2e-harness';
import { ProgressBar } from '../progress';
import type { Cleanup } from './cleanup';
import { loadDemoDocuments } from './demo-kb';
import type { ModeTarget } from './mode-target';
import { WORKSPACE_ROOT } from './workspace';

/** What `npm start` runs. */
const ENTRYPOINT = ['-r', './tools/scripts/register-ts.cjs', 'apps/standalone/src/main.ts'];
const URL_LINE = /^Sagewire is running: open (http:\/\/\S+) in your browser$/m;
const SEED_PROGRESS = /(\d+)\/\d+ documents ready/g;
/** Compiling eight services from source and seeding ten documents on two cores takes a while. */
const STARTUP_TIMEOUT_MS = 300_000;
/** The standalone's own shutdown deadline is 15 s; past ours it gets SIGKILL. */
const STOP_GRACE_MS = 20_000;

/**
 * Spawns the embedded mode as a person would (`npm start`, PORT=0, no data directory) and
 * waits for the line with its URL, which it prints only once the demo knowledge base is active.
 */
export async function startEmbedded(cleanup: Cleanup, extraEnv: Readonly<Record<string, string>>, logDir: string): Promise<ModeTarget> {
  const started = performance.now();
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, 'standalone.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, PORT: '0', LOG_LEVEL: 'warn' };
  // Always a fresh, in-memory demo: a kept data directory would carry an earlier run's state.
  delete env['SAGEWIRE_DATA_DIR'];
  const child = spawn(process.execPath, ENTRYPOINT, { cwd: WORKSPACE_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  cleanup.add('stop the standalone', async () => {
    await stop(child, exited);
    log.end();
  });
  child.stderr.pipe(log, { end: false });

  const documents = loadDemoDocuments().length;
  let ready = 0;
  const bar = new ProgressBar('embedded: start, seed the demo knowledge base', documents, () => ready);
  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      let waiting = true;
      const timer = setTimeout(() => reject(new Error(`the standalone printed no URL within ${STARTUP_TIMEOUT_MS} ms; see ${logFile}`)), STARTUP_TIMEOUT_MS);
      // Always drained into the log, also after the URL: a full pipe would block the process we measure.
      child.stdout.on('data', (chunk: Buffer) => {
        log.write(chunk);
        if (!waiting) return;
        stdout += chunk.toString('utf8');
        for (const match of stdout.matchAll(SEED_PROGRESS)) ready = Number(match[1]);
        const found = URL_LINE.exec(stdout)?.[1];
        if (!found) return;
        waiting = false;
        clearTimeout(timer);
        resolve(found);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the standalone exited (${code ?? signal}) before printing its URL; see ${logFile}`));
      });
    });
  } catch (error) {
    bar.finish('failed');
    throw error;
  }
  const startupMs = performance.now() - started;
  bar.finish(url);

  const gateway = new GatewayClient(url);
  return {
    mode: 'embedded',
    baseUrl: url,
    startupMs,
    processes: () => new Map([['standalone', child.pid]]),
    // The demo tenant's admin key stays inside the standalone; its page gets customers here.
    newCustomer: async () => (await gateway.json<{ accessToken: string }>('GET', '/demo/session')).accessToken,
    details: { entrypoint: `node ${ENTRYPOINT.join(' ')}`, pid: child.pid, log: path.relative(WORKSPACE_ROOT, logFile) },
  };
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
