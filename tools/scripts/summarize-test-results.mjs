// Sums the per-project totals written by jest-results-reporter.cjs into one closing line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const file of files) {
  const r = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
}
console.log(`\n${files.length} Jest projects ran.`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || files.length === 0 ? 1 : 0);
