// The compatibility guard run against the real registry and the checked-in files. Its logic is
// the contracts generator's (tools/contracts, unit-tested there), which is not an Nx project, so
// this one test-only import crosses the boundary on purpose.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { runGuard } from '../../../tools/contracts/src/guard';
import { ALL_CONTRACTS } from './registry';

const report = runGuard(ALL_CONTRACTS);

describe('contract compatibility', () => {
  it('checked-in JSON Schemas, AsyncAPI document and frozen copies equal freshly generated output', () => {
    if (report.outOfDate.length > 0) {
      throw new Error(`libs/contracts files are out of date, run npm run contracts:generate:\n  ${report.outOfDate.join('\n  ')}`);
    }
    expect(report.outOfDate).toEqual([]);
  });

  it('has frozen every registered contract version', () => {
    if (report.unpublished.length > 0) {
      throw new Error(`not published yet, run npm run contracts:generate:\n  ${report.unpublished.join('\n  ')}`);
    }
    expect(report.unpublished).toEqual([]);
  });

  it('keeps every published contract version compatible with its frozen schema', () => {
    if (report.problems.length > 0) throw new Error(report.problems.join('\n\n'));
    expect(report.problems).toEqual([]);
  });
});
