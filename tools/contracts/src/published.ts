import type { Contract } from '@sagewire/contracts';
import { z } from 'zod';
import type { FileSet } from './artifacts';
import { canonicalJson, sha256Hex } from './canonical-json';
import { contractJsonSchema } from './json-schema';
import { frozenSchemaPath, PUBLISHED_INDEX_PATH } from './paths';

/** `published.json`: every frozen contract version and the hash of its frozen schema. */
export const publishedIndexSchema = z.object({
  $comment: z.string().optional(),
  contracts: z.record(z.string(), z.object({ topic: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type PublishedIndex = z.infer<typeof publishedIndexSchema>;

const INDEX_COMMENT =
  'Frozen contract versions. npm run contracts:generate adds a version the first time it sees it and never changes ' +
  'an entry or its published/<type>.json; the compatibility spec holds every later schema to it.';

export const EMPTY_INDEX: PublishedIndex = { contracts: {} };

/** What is on disk: the index and the frozen copies (text), by type. */
export interface PublishedState {
  readonly index: PublishedIndex;
  readonly frozen: ReadonlyMap<string, string>;
}

/** Hash of a schema's canonical text; reformatting a frozen file does not change it. */
export function schemaHash(schema: unknown): string {
  return sha256Hex(canonicalJson(schema));
}

/**
 * Freezes the contract versions not published yet. Existing entries and frozen copies are
 * never rewritten: a frozen file without an entry gets an entry for the file as it is.
 */
export function publishedFiles(contracts: readonly Contract[], state: PublishedState): FileSet {
  const files = new Map<string, string>();
  const entries = { ...state.index.contracts };
  for (const contract of contracts) {
    if (entries[contract.type] !== undefined) continue;
    const existing = state.frozen.get(contract.type);
    const schema = existing === undefined ? contractJsonSchema(contract) : (JSON.parse(existing) as unknown);
    if (existing === undefined) files.set(frozenSchemaPath(contract.type), canonicalJson(schema));
    entries[contract.type] = { topic: contract.topic, sha256: schemaHash(schema) };
  }
  files.set(PUBLISHED_INDEX_PATH, canonicalJson({ $comment: INDEX_COMMENT, contracts: entries }));
  return files;
}
