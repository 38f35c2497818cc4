import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileSet } from './artifacts';
import type { FileDiff } from './plan';
import { CONTRACTS_ROOT, JSON_SCHEMA_DIR, PUBLISHED_DIR, PUBLISHED_INDEX_PATH } from './paths';
import { EMPTY_INDEX, publishedIndexSchema, type PublishedState } from './published';

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function jsonFilesIn(root: string, dir: string): string[] {
  const absolute = join(root, dir);
  return existsSync(absolute) ? readdirSync(absolute).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`) : [];
}

/** The published index and the frozen copies, by contract type. */
export function readPublishedState(root: string = CONTRACTS_ROOT): PublishedState {
  const indexText = readIfExists(join(root, PUBLISHED_INDEX_PATH));
  const index = indexText === undefined ? EMPTY_INDEX : publishedIndexSchema.parse(JSON.parse(indexText));
  const frozen = new Map(
    jsonFilesIn(root, PUBLISHED_DIR).map((path) => [path.slice(PUBLISHED_DIR.length + 1, -'.json'.length), readFileSync(join(root, path), 'utf8')]),
  );
  return { index, frozen };
}

/** Current content of the planned files and of every generated schema, to diff against the plan. */
export function readOnDisk(planned: FileSet, root: string = CONTRACTS_ROOT): Map<string, string> {
  const paths = new Set([...planned.keys(), ...jsonFilesIn(root, JSON_SCHEMA_DIR)]);
  const onDisk = new Map<string, string>();
  for (const path of paths) {
    const content = readIfExists(join(root, path));
    if (content !== undefined) onDisk.set(path, content);
  }
  return onDisk;
}

/** Writes the changed files and deletes the stale ones. */
export function applyDiff(planned: FileSet, diff: FileDiff, root: string = CONTRACTS_ROOT): void {
  for (const path of diff.changed) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, planned.get(path) ?? '');
  }
  for (const path of diff.stale) rmSync(join(root, path));
}
