import { describe, expect, it } from '@jest/globals';
import { documentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { canonicalJson } from '../canonical-json';
import { contractJsonSchema, type JsonSchema } from '../json-schema';
import { schemaHash, type PublishedState } from '../published';
import { checkPublished } from './check-published';

/** A published state whose frozen copy of DocumentsRetrieved is `frozen`. */
function publishedAs(frozen: unknown): PublishedState {
  return {
    index: { contracts: { [documentsRetrievedV1.type]: { topic: documentsRetrievedV1.topic, sha256: schemaHash(frozen) } } },
    frozen: new Map([[documentsRetrievedV1.type, canonicalJson(frozen)]]),
  };
}

const current = contractJsonSchema(documentsRetrievedV1);
const properties = current['properties'] as Record<string, JsonSchema>;

describe('checkPublished', () => {
  it('passes when the contract still matches its frozen schema', () => {
    expect(checkPublished([documentsRetrievedV1], publishedAs(current))).toEqual([]);
  });

  it('passes when the frozen schema lacked an optional field the contract has now', () => {
    const older = structuredClone(current) as { properties: { citations: { items: { properties: Record<string, unknown> } } } };
    delete older.properties.citations.items.properties['section'];
    expect(checkPublished([documentsRetrievedV1], publishedAs(older))).toEqual([]);
  });

  it('fails on a property the contract no longer has, naming its path and the way out', () => {
    const older = { ...current, properties: { ...properties, rerankerModel: { type: 'string' } } };
    const [problem, ...rest] = checkPublished([documentsRetrievedV1], publishedAs(older));
    expect(rest).toEqual([]);
    expect(problem).toBe(
      [
        'io.sagewire.query.DocumentsRetrieved.v1 changed incompatibly since it was published:',
        '  - $.rerankerModel: property removed [property-removed]',
        'A published version never changes shape: keep v1 as it was, add libs/contracts/src/query/documents-retrieved.v2.ts beside v1 and upcast at the consumer edge.',
      ].join('\n'),
    );
  });

  it('fails when a published type is no longer registered', () => {
    expect(checkPublished([queryRoutedV1], publishedAs(current))).toEqual([expect.stringContaining('no longer in ALL_CONTRACTS')]);
  });

  it('fails when a frozen copy was edited or deleted', () => {
    const edited = publishedAs(current);
    const tampered = { ...edited, frozen: new Map([[documentsRetrievedV1.type, canonicalJson({ ...current, required: [] })]]) };
    expect(checkPublished([documentsRetrievedV1], tampered)).toEqual([expect.stringContaining('no longer matches its sha256')]);
    expect(checkPublished([documentsRetrievedV1], { ...edited, frozen: new Map() })).toEqual([expect.stringContaining('is missing')]);
  });
});
