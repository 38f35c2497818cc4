import type { Contract } from './define-contract';
import { INGESTION_CONTRACTS } from './ingestion/ingestion-contracts';
import { PRIVACY_CONTRACTS } from './privacy/privacy-contracts';
import { QUERY_CONTRACTS } from './query/query-contracts';
import { SUPPORT_CONTRACTS } from './support/support-contracts';

/**
 * Every published contract version, listed explicitly (no globbing) so that adding a contract
 * is a visible change here; the generated JSON Schemas, AsyncAPI document and compatibility
 * guard all start from this list.
 */
export const ALL_CONTRACTS = [...QUERY_CONTRACTS, ...SUPPORT_CONTRACTS, ...INGESTION_CONTRACTS, ...PRIVACY_CONTRACTS] as const;

/** The CloudEvents type of any registered contract. */
export type RegisteredContractType = (typeof ALL_CONTRACTS)[number]['type'];

const byType: ReadonlyMap<string, Contract> = new Map(ALL_CONTRACTS.map((c): [string, Contract] => [c.type, c]));
const byTopic: ReadonlyMap<string, Contract> = new Map(ALL_CONTRACTS.map((c): [string, Contract] => [c.topic, c]));

/** The contract for a CloudEvents `type`, e.g. read from a `ce_type` header; undefined if unknown. */
export function findContractByType(type: string): Contract | undefined {
  return byType.get(type);
}

/** The contract published on a Kafka topic; undefined if unknown (DLQ topics are not contracts). */
export function findContractByTopic(topic: string): Contract | undefined {
  return byTopic.get(topic);
}
