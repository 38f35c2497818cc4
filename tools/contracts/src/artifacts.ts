import type { Contract } from '@sagewire/contracts';
import { buildAsyncApi } from './asyncapi';
import { canonicalJson } from './canonical-json';
import { contractJsonSchema, envelopeJsonSchema } from './json-schema';
import { ASYNCAPI_PATH, ENVELOPE_SCHEMA_PATH, jsonSchemaPath } from './paths';

/** File contents keyed by path relative to libs/contracts. */
export type FileSet = ReadonlyMap<string, string>;

/**
 * Everything under `generated/`, derived from the contracts alone: regenerating from the same
 * contracts always yields byte-identical files, so a diff means a contract changed.
 */
export function generatedFiles(contracts: readonly Contract[]): FileSet {
  const files = new Map<string, string>();
  for (const contract of contracts) {
    files.set(jsonSchemaPath(contract.type), canonicalJson(contractJsonSchema(contract)));
  }
  files.set(ENVELOPE_SCHEMA_PATH, canonicalJson(envelopeJsonSchema()));
  files.set(ASYNCAPI_PATH, canonicalJson(buildAsyncApi(contracts)));
  return files;
}
