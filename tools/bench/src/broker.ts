import { spawn } from 'node:child_process';
import { join } from 'node:path';

const SCRIPTS_DIR = join(__dirname, '..', '..', 'infra', 'kafka');
/**
 * start.sh logs this line only when it launched a broker (a running one gets "broker already
 * running"). Keying "we started it" on the launch line fails safe: if the wording ever changes,
 * the bench leaves a broker running instead of stopping one that somebody else uses.
 */
const LAUNCHED_MARKER = 'starting broker on';

export interface BrokerHandle {
  readonly brokers: readonly string[];
  /** True only when this process launched the broker, so only then does it stop it. */
  readonly startedByBench: boolean;
  /** Stops the broker if this process started it; idempotent. */
  release(): Promise<void>;
}

/** Uses KAFKA_BROKERS when given, otherwise starts (or reuses) the local broker with start.sh. */
export async function acquireBroker(fromEnv: readonly string[] | undefined): Promise<BrokerHandle> {
  if (fromEnv !== undefined) return { brokers: fromEnv, startedByBench: false, release: () => Promise.resolve() };
  const { stdout, stderr } = await runScript('start.sh', 'pipe');
  const last = stdout.trim().split('\n').pop() ?? '';
  const match = /^KAFKA_BROKERS=(.+)$/.exec(last);
  if (!match) throw new Error(`start.sh did not end with KAFKA_BROKERS=...; last stdout line: '${last}'`);
  const startedByBench = stderr.includes(LAUNCHED_MARKER);
  let released = false;
  return {
    brokers: match[1]!.split(','),
    startedByBench,
    release: async () => {
      if (!startedByBench || released) return;
      released = true;
      await runScript('stop.sh', 'ignore');
    },
  };
}

/** Runs a script under tools/infra/kafka; its stderr reaches ours (its progress), its stdout never reaches the results. */
function runScript(name: string, stdout: 'pipe' | 'ignore'): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [join(SCRIPTS_DIR, name)], { stdio: ['ignore', stdout === 'pipe' ? 'pipe' : 'ignore', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => {
      err.push(chunk);
      process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
      else reject(new Error(`tools/infra/kafka/${name} exited with code ${String(code)}`));
    });
  });
}
