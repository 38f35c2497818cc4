import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const RESULTS_DIR = join(__dirname, '..', 'results');

/** Writes `<bench>-<UTC date and time>.json` (seconds included: runs on one day do not overwrite each other). */
export function writeResults(bench: string, startedAt: Date, document: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = startedAt.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  const path = join(RESULTS_DIR, `${bench}-${stamp}.json`);
  writeFileSync(path, `${JSON.stringify(document, null, 2)}\n`);
  return relative(process.cwd(), path);
}
