import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEnvelope, type Contract, type DataOf, type Envelope } from '@sagewire/contracts';

/** The golden CloudEvents of libs/contracts: valid payloads for every contract. */
const FIXTURES_DIR = join(__dirname, '..', '..', '..', 'contracts', 'fixtures');

/**
 * A fresh message (new CloudEvent id) with the contract's golden payload and `overrides` on
 * top; a new query and conversation unless the overrides name them, so specs sharing a host
 * never see each other's replies. The subject (the bus key) is the payload's conversation.
 */
export function messageOf<C extends Contract>(contract: C, overrides: Partial<DataOf<C>> = {}): Envelope<DataOf<C>> {
  const fixture = JSON.parse(readFileSync(join(FIXTURES_DIR, `${contract.type}.json`), 'utf8')) as { data: Record<string, unknown> };
  const data: Record<string, unknown> = { ...fixture.data, queryId: `qry_${randomUUID()}`, conversationId: `conv_${randomUUID()}`, ...overrides };
  return createEnvelope(contract, data as DataOf<C>, {
    source: '/sagewire/spec', tenantId: 'tnt_spec', correlationId: String(data['queryId']), subject: String(data[contract.subject]),
  });
}
