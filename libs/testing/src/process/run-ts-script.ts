import { spawn } from 'node:child_process';
import * as path from 'node:path';

/** libs/testing/src/process → the workspace root, where tsconfig paths resolve. */
const WORKSPACE_ROOT = path.resolve(__dirname, '../../../..');

export interface ScriptExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a TypeScript file in a fresh Node process through tsx, resolving `@sagewire/*` aliases. */
export function runTsScript(script: string, env: Record<string, string>, timeoutMs = 30_000): Promise<ScriptExit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(WORKSPACE_ROOT, 'tsconfig.base.json'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${path.basename(script)} did not exit within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
