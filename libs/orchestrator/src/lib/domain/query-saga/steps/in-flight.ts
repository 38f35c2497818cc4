import { createTicketV1, type CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { invokeModelV1, type InvokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { resendCommand } from '../awaited-command';
import { invalidState, required } from '../query-saga.errors';
import type { QuerySagaMessage } from '../query-saga.messages';
import type { StartedQuerySagaState } from '../query-saga.state';

/** The command in flight, sent again unchanged (its receiver de-duplicates by query id). */
export function resendAwaited(s: StartedQuerySagaState): QuerySagaMessage {
  return resendCommand(required(s.command, 'command in flight'));
}

/** How many times the current step's command has been sent, first send included. */
export function sendsSoFar(s: StartedQuerySagaState): number {
  return required(s.wait, 'deadline').attempt;
}

/** The `InvokeModel` in flight; only called while the saga waits on generation. */
export function invocationInFlight(s: StartedQuerySagaState): InvokeModelV1 {
  const command = required(s.command, 'command in flight');
  return command.type === invokeModelV1.type ? command.data : invalidState('InvokeModel in flight');
}

/** The `CreateTicket` in flight; only called while the saga waits on a ticket. */
export function ticketInFlight(s: StartedQuerySagaState): CreateTicketV1 {
  const command = required(s.command, 'command in flight');
  return command.type === createTicketV1.type ? command.data : invalidState('CreateTicket in flight');
}
