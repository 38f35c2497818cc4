import { INGESTION_CONTRACTS } from '@sagewire/contracts/ingestion/ingestion-contracts';

/** The ingestion specs record every message of the ingestion saga. */
export const RECORDED = [...INGESTION_CONTRACTS];
