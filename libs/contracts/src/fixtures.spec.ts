import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Contract } from './define-contract';
import { documentsRetrievedV1 } from './query/documents-retrieved.v1';
import { queryRoutedV1 } from './query/query-routed.v1';
import { ALL_CONTRACTS } from './registry';
import { validateEnvelope } from './validate-envelope';

/** Golden CloudEvents, one per contract version: the examples consumers can rely on. */
const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

function readFixture(type: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, `${type}.json`), 'utf8')) as Record<string, unknown>;
}

/** The first property a payload cannot do without. */
function firstRequiredKey(contract: Contract): string {
  const schema = contract.schema;
  if (!(schema instanceof z.ZodObject)) throw new Error(`${contract.type}: payload schema is not an object`);
  const key = Object.keys(schema.shape).find((k) => !(schema.shape[k] as z.ZodType).safeParse(undefined).success);
  if (key === undefined) throw new Error(`${contract.type}: payload has no required property`);
  return key;
}

const cases = ALL_CONTRACTS.map((c): [string, Contract] => [c.type, c]);

describe('golden fixtures', () => {
  it('exist for every registered contract and only for them', () => {
    const files = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(ALL_CONTRACTS.map((c) => `${c.type}.json`).sort());
  });

  it.each(cases)('%s validates, and nothing in it is unknown to the schema', (type, contract) => {
    const fixture = readFixture(type);
    const result = validateEnvelope(contract, fixture);
    if (!result.ok) throw new Error(result.issues.join('\n'));
    // Plain objects strip unknown keys, so a misspelt optional field would vanish silently.
    expect(result.envelope).toEqual(fixture);
    expect(fixture['subject']).toBe((fixture['data'] as Record<string, unknown>)[contract.subject]);
  });

  it.each(cases)('%s fails with a readable path when a required field is missing', (type, contract) => {
    const fixture = readFixture(type);
    const key = firstRequiredKey(contract);
    delete (fixture['data'] as Record<string, unknown>)[key];
    const result = validateEnvelope(contract, fixture);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toContainEqual(expect.stringMatching(new RegExp(`^data\\.${key}: .+`)));
  });

  it('names the path of a missing nested field and of a missing envelope attribute', () => {
    const fixture = readFixture(documentsRetrievedV1.type);
    delete fixture['tenantid'];
    expect(validateEnvelope(documentsRetrievedV1, fixture)).toEqual({
      ok: false,
      issues: ['envelope.tenantid: Invalid input: expected string, received undefined'],
    });
    const nested = readFixture(documentsRetrievedV1.type) as { data: { passages: Record<string, unknown>[] } };
    delete nested.data.passages[1]?.['score'];
    expect(validateEnvelope(documentsRetrievedV1, nested)).toEqual({
      ok: false,
      issues: ['data.passages.1.score: Invalid input: expected number, received undefined'],
    });
  });

  it('rejects a fixture of one contract read as another', () => {
    const result = validateEnvelope(queryRoutedV1, readFixture(documentsRetrievedV1.type));
    expect(result).toEqual({ ok: false, issues: [`envelope.type: expected ${queryRoutedV1.type}, got ${documentsRetrievedV1.type}`] });
  });
});
