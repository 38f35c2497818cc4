import * as path from 'node:path';

/** The repository root: the standalone and the service apps run from source relative to it. */
export const WORKSPACE_ROOT = path.resolve(__dirname, '../../../..');

/** The demo shop's help centre, one folder per language; the standalone seeds it itself. */
export const DEMO_KB_DIR = path.join(WORKSPACE_ROOT, 'apps/standalone/src/demo-kb');

/** Git-ignored (.local), like the e2e harness's logs. */
export const BENCH_LOG_ROOT = path.join(WORKSPACE_ROOT, '.local/bench-logs');
