import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEnvelope, type Contract, type DataOf, type Envelope } from '@sagewire/contracts';

/** The golden CloudEvents of libs/contracts: valid payloads for every contract. */
const FIXTURES_DIR = join(__dirname, '..', '..', '..', 'contracts', 'fixtures');

export interface EventOptions {
  readonly tenantId: string;
  /** The conversation, document or data-subject id, written into the payload too. */
  readonly subject: string;
  readonly causedBy?: Envelope;
  readonly time?: Date;
}

/** A fresh CloudEvent (new id) with the contract's golden payload, re-keyed to the given subject. */
export function eventOf<C extends Contract>(contract: C, options: EventOptions): Envelope<DataOf<C>> {
  const fixture = JSON.parse(readFileSync(join(FIXTURES_DIR, `${contract.type}.json`), 'utf8')) as { data: Record<string, unknown> };
  const data = contract.schema.parse({ ...fixture.data, [contract.subject]: options.subject }) as DataOf<C>;
  return createEnvelope(contract, data, {
    source: '/sagewire/audit-test',
    tenantId: options.tenantId,
    correlationId: `corr_${options.subject}`,
    subject: options.subject,
    ...(options.causedBy === undefined ? {} : { causationId: options.causedBy.id }),
    ...(options.time === undefined ? {} : { time: options.time }),
  });
}
