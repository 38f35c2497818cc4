import { awaitedStepOf } from './awaited-command';
import type { QuerySagaContext } from './query-saga.config';
import type { QuerySagaMessage } from './query-saga.messages';
import type { QuerySagaDeadline, QuerySagaState } from './query-saga.state';

/**
 * The timer for the command among `messages` that the saga will wait on, if any. `attempt`
 * counts sends within the step and never restarts inside it (a new model or ticket system
 * counts too), so `{step, attempt}` names one wait exactly and an older timer is recognisably
 * stale. Each step is entered at most once per saga, which keeps that true across steps.
 */
export function deadlineFor(
  before: QuerySagaState,
  messages: readonly QuerySagaMessage[],
  ctx: QuerySagaContext,
): QuerySagaDeadline | undefined {
  const step = messages.map(awaitedStepOf).find((s) => s !== undefined);
  if (step === undefined) return undefined;
  const previous = before.status === 'new' ? undefined : before.wait;
  const attempt = previous?.step === step ? previous.attempt + 1 : 1;
  const dueAt = new Date(ctx.now.getTime() + ctx.config.deadlinesMs[step]).toISOString();
  return { step, attempt, dueAt };
}
