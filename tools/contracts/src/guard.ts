import type { Contract } from '@sagewire/contracts';
import { checkPublished } from './compat/check-published';
import { readOnDisk, readPublishedState } from './disk';
import { CONTRACTS_ROOT } from './paths';
import { diffFiles, planFiles } from './plan';

/** What the compatibility spec asserts about the checked-in contracts library. */
export interface GuardReport {
  /** Generated or published files that differ from a fresh generation (`(stale)` when to be deleted). */
  readonly outOfDate: readonly string[];
  /** Registered contract types without a frozen copy yet. */
  readonly unpublished: readonly string[];
  /** One printable problem per published version that changed incompatibly or lost its frozen copy. */
  readonly problems: readonly string[];
}

export function runGuard(contracts: readonly Contract[], root: string = CONTRACTS_ROOT): GuardReport {
  const published = readPublishedState(root);
  const planned = planFiles(contracts, published);
  const diff = diffFiles(planned, readOnDisk(planned, root));
  return {
    outOfDate: [...diff.changed, ...diff.stale.map((path) => `${path} (stale)`)],
    unpublished: contracts.map((c) => c.type).filter((type) => published.index.contracts[type] === undefined),
    problems: checkPublished(contracts, published),
  };
}
