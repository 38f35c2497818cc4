import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../../..');

describe('the embedded database (PGlite over the wire protocol)', () => {
  it('keeps concurrent connections apart: parameterised queries and transactions never interleave', () => {
    // A child process: PGlite loads its WebAssembly through dynamic import, which Jest's CommonJS runtime cannot.
    const run = spawnSync(process.execPath, ['-r', './tools/scripts/register-ts.cjs', 'libs/service-kit/src/test/embedded-database-concurrency.script.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as { errors: number; wrong: number; committed: number; messages: string[] };
    expect(result).toEqual({ errors: 0, wrong: 0, committed: 100, messages: [] });
  }, 150_000);
});
