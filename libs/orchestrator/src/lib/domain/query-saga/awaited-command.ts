import type { Contract, DataOf } from '@sagewire/contracts';
import { createTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { evaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { invokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { reserveTokenBudgetV1 } from '@sagewire/contracts/query/reserve-token-budget.v1';
import { retrieveDocumentsV1 } from '@sagewire/contracts/query/retrieve-documents.v1';
import { routeQueryV1 } from '@sagewire/contracts/query/route-query.v1';
import { screenInputV1 } from '@sagewire/contracts/query/screen-input.v1';
import { screenOutputV1 } from '@sagewire/contracts/query/screen-output.v1';
import { screenPassagesV1 } from '@sagewire/contracts/query/screen-passages.v1';
import { sagaMessage, type QuerySagaMessage } from './query-saga.messages';
import { WAIT_STEPS, type WaitStep } from './query-steps';

/** The command each waiting step sends; its reply (or its deadline) moves the saga on. */
export const AWAITED_COMMAND_BY_STEP = {
  reserve_budget: reserveTokenBudgetV1,
  screen_input: screenInputV1,
  route: routeQueryV1,
  retrieve: retrieveDocumentsV1,
  screen_passages: screenPassagesV1,
  generate: invokeModelV1,
  screen_output: screenOutputV1,
  decide_escalation: evaluateEscalationV1,
  escalate: createTicketV1,
} as const satisfies Record<WaitStep, Contract>;

type AwaitedContract = (typeof AWAITED_COMMAND_BY_STEP)[WaitStep];
type StoredOf<C> = C extends Contract ? { readonly type: C['type']; readonly data: DataOf<C> } : never;

/**
 * The command the saga is waiting on, kept in state without its contract (state is plain JSON).
 * Replies are matched against it, and a deadline resends it unchanged, so receivers see the
 * same payload again and their idempotency holds.
 */
export type AwaitedCommand = StoredOf<AwaitedContract>;

/** The waiting step a message starts, or undefined for messages nothing waits on. */
export function awaitedStepOf(message: QuerySagaMessage): WaitStep | undefined {
  return WAIT_STEPS.find((step) => AWAITED_COMMAND_BY_STEP[step].type === message.type);
}

/** The stored command back as a message (one case per contract keeps payload and contract paired). */
export function resendCommand(command: AwaitedCommand): QuerySagaMessage {
  switch (command.type) {
    case reserveTokenBudgetV1.type:
      return sagaMessage(reserveTokenBudgetV1, command.data);
    case screenInputV1.type:
      return sagaMessage(screenInputV1, command.data);
    case routeQueryV1.type:
      return sagaMessage(routeQueryV1, command.data);
    case retrieveDocumentsV1.type:
      return sagaMessage(retrieveDocumentsV1, command.data);
    case screenPassagesV1.type:
      return sagaMessage(screenPassagesV1, command.data);
    case invokeModelV1.type:
      return sagaMessage(invokeModelV1, command.data);
    case screenOutputV1.type:
      return sagaMessage(screenOutputV1, command.data);
    case evaluateEscalationV1.type:
      return sagaMessage(evaluateEscalationV1, command.data);
    case createTicketV1.type:
      return sagaMessage(createTicketV1, command.data);
  }
}
