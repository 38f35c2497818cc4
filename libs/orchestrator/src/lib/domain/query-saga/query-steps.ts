import type { QueryFailedV1 } from '@sagewire/contracts/query/query-failed.v1';
import { queryStepSchema } from '@sagewire/contracts/query/shared.v1';

/** A step of the query saga, named as in `QueryFailed.failedStep`. */
export type QueryStep = QueryFailedV1['failedStep'];

/** The steps that wait for a reply: every step but `complete`, each with its own deadline. */
export type WaitStep = Exclude<QueryStep, 'complete'>;

/** Every waiting step, in the order a query meets them (the contract lists the steps in order). */
export const WAIT_STEPS: readonly WaitStep[] = queryStepSchema.options.filter((step): step is WaitStep => step !== 'complete');
