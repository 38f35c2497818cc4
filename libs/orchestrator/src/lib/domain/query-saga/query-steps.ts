import type { QueryFailedV1 } from '@sagewire/contracts/query/query-failed.v1';
import { queryStepSchema } from '@sagewire/contracts/query/shared.v1';

/** A step of the query saga, named as in `QueryFailed.failedStep`. */
export type QueryStep = QueryFailedV1['failedStep'];

/**
 * The steps that wait for a reply: every step but `complete`, each with its own deadline, and
 * the screening of retrieved passages. That one is not in the published `QueryFailed` step
 * list (adding a value would break strict consumers); it never fails a query on its own, and
 * is reported as part of `retrieve` where a step must be named.
 */
export type WaitStep = Exclude<QueryStep, 'complete'> | 'screen_passages';

/** Every waiting step, in the order a query meets them (the contract lists the steps in order). */
export const WAIT_STEPS: readonly WaitStep[] = queryStepSchema.options
  .filter((step): step is Exclude<QueryStep, 'complete'> => step !== 'complete')
  .flatMap((step): WaitStep[] => (step === 'retrieve' ? ['retrieve', 'screen_passages'] : [step]));
