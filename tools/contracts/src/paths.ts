import { resolve } from 'node:path';

/** Workspace root, found from this file so the tool works from any working directory. */
export const WORKSPACE_ROOT = resolve(__dirname, '..', '..', '..');

/** Every path below is relative to the contracts library. */
export const CONTRACTS_ROOT = resolve(WORKSPACE_ROOT, 'libs', 'contracts');

export const JSON_SCHEMA_DIR = 'generated/json-schema';
export const ENVELOPE_SCHEMA_PATH = `${JSON_SCHEMA_DIR}/envelope.json`;
export const ASYNCAPI_PATH = 'generated/asyncapi.json';
export const PUBLISHED_INDEX_PATH = 'published.json';
export const PUBLISHED_DIR = 'published';

export function jsonSchemaPath(type: string): string {
  return `${JSON_SCHEMA_DIR}/${type}.json`;
}

export function frozenSchemaPath(type: string): string {
  return `${PUBLISHED_DIR}/${type}.json`;
}
