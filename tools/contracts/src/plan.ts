import type { Contract } from '@sagewire/contracts';
import { generatedFiles, type FileSet } from './artifacts';
import { JSON_SCHEMA_DIR } from './paths';
import { publishedFiles, type PublishedState } from './published';

/** Every file the generator owns, given the contracts and what is already published. */
export function planFiles(contracts: readonly Contract[], published: PublishedState): FileSet {
  return new Map([...generatedFiles(contracts), ...publishedFiles(contracts, published)]);
}

export interface FileDiff {
  /** Planned files missing on disk or with other content. */
  readonly changed: readonly string[];
  /** Generated schemas on disk that no contract produces any more. */
  readonly stale: readonly string[];
}

/**
 * Compares the plan with what is on disk. Only `generated/json-schema/` can hold stale files:
 * frozen copies are never deleted, whatever happens to the registry.
 */
export function diffFiles(planned: FileSet, onDisk: ReadonlyMap<string, string>): FileDiff {
  const changed = [...planned].filter(([path, content]) => onDisk.get(path) !== content).map(([path]) => path);
  const stale = [...onDisk.keys()].filter((path) => path.startsWith(`${JSON_SCHEMA_DIR}/`) && !planned.has(path));
  return { changed: changed.sort(), stale: stale.sort() };
}
