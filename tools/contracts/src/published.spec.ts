import { describe, expect, it } from '@jest/globals';
import { documentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { canonicalJson } from './canonical-json';
import { contractJsonSchema } from './json-schema';
import { EMPTY_INDEX, publishedFiles, publishedIndexSchema, schemaHash } from './published';

const INDEX = 'published.json';
const frozenPath = (type: string) => `published/${type}.json`;

function indexOf(files: ReadonlyMap<string, string>) {
  return publishedIndexSchema.parse(JSON.parse(files.get(INDEX) ?? '{}'));
}

describe('publishedFiles', () => {
  it('freezes a version the first time it is seen, with the hash of its canonical schema', () => {
    const files = publishedFiles([documentsRetrievedV1], { index: EMPTY_INDEX, frozen: new Map() });
    const schema = contractJsonSchema(documentsRetrievedV1);
    expect(files.get(frozenPath(documentsRetrievedV1.type))).toBe(canonicalJson(schema));
    expect(indexOf(files).contracts).toEqual({
      [documentsRetrievedV1.type]: { topic: 'query.documents-retrieved.v1', sha256: schemaHash(schema) },
    });
  });

  it('never rewrites a frozen copy or its entry, even when the contract has changed since', () => {
    const old = { type: 'object', properties: {} };
    const index = { contracts: { [documentsRetrievedV1.type]: { topic: documentsRetrievedV1.topic, sha256: schemaHash(old) } } };
    const files = publishedFiles([documentsRetrievedV1, queryRoutedV1], { index, frozen: new Map([[documentsRetrievedV1.type, canonicalJson(old)]]) });
    expect(files.has(frozenPath(documentsRetrievedV1.type))).toBe(false);
    expect(files.has(frozenPath(queryRoutedV1.type))).toBe(true);
    expect(indexOf(files).contracts[documentsRetrievedV1.type]).toEqual(index.contracts[documentsRetrievedV1.type]);
  });

  it('records a frozen copy that has no entry as it is, without rewriting it', () => {
    const hand = { type: 'object', title: 'as found' };
    const files = publishedFiles([queryRoutedV1], { index: EMPTY_INDEX, frozen: new Map([[queryRoutedV1.type, JSON.stringify(hand)]]) });
    expect(files.has(frozenPath(queryRoutedV1.type))).toBe(false);
    expect(indexOf(files).contracts[queryRoutedV1.type]?.sha256).toBe(schemaHash(hand));
  });
});
