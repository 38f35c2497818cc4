import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { kebabCase, type Contract } from './define-contract';
import { ALL_CONTRACTS, findContractByTopic, findContractByType } from './registry';
import { documentsRetrievedV1 } from './query/documents-retrieved.v1';

const TOPIC_PATTERN = /^[a-z]+\.[a-z0-9-]+\.v[0-9]+$/;
const DOMAINS = ['query', 'support', 'ingestion', 'privacy'];

function isContract(value: unknown): value is Contract {
  return typeof value === 'object' && value !== null && 'type' in value && 'topic' in value && 'schema' in value;
}

describe('ALL_CONTRACTS', () => {
  it('has unique types and topics', () => {
    const types = ALL_CONTRACTS.map((c) => c.type);
    const topics = ALL_CONTRACTS.map((c) => c.topic);
    expect(new Set(types).size).toBe(types.length);
    expect(new Set(topics).size).toBe(topics.length);
  });

  it.each(ALL_CONTRACTS.map((c) => [c.type, c] as const))('%s follows the naming rules', (_type, contract) => {
    expect(contract.topic).toMatch(TOPIC_PATTERN);
    expect(contract.topic).toBe(`${contract.domain}.${kebabCase(contract.name)}.v${contract.version}`);
    expect(contract.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    expect(contract.description.length).toBeGreaterThan(20);
  });

  it('lists every contract exported by a contract file, so none is forgotten', async () => {
    const registered = new Set<Contract>(ALL_CONTRACTS);
    const missing: string[] = [];
    for (const domain of DOMAINS) {
      const files = readdirSync(join(__dirname, domain)).filter((f) => /^[a-z0-9-]+\.v\d+\.ts$/.test(f) && !f.startsWith('shared.'));
      for (const file of files) {
        const loaded = (await import(join(__dirname, domain, file))) as Record<string, unknown>;
        const exported = Object.values(loaded).filter(isContract);
        expect(exported).toHaveLength(1);
        if (!exported.every((c) => registered.has(c))) missing.push(`${domain}/${file}`);
        expect(file).toBe(`${kebabCase(exported[0]?.name ?? '')}.v${exported[0]?.version ?? 0}.ts`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('lookups', () => {
  it('finds a contract by CloudEvents type and by topic', () => {
    expect(findContractByType('io.sagewire.query.DocumentsRetrieved.v1')).toBe(documentsRetrievedV1);
    expect(findContractByTopic('query.documents-retrieved.v1')).toBe(documentsRetrievedV1);
  });

  it('returns undefined for unknown types and dead-letter topics', () => {
    expect(findContractByType('io.sagewire.query.DocumentsRetrieved.v9')).toBeUndefined();
    expect(findContractByTopic('query.documents-retrieved.v1.dlq')).toBeUndefined();
  });
});
