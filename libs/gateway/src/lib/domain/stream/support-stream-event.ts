import type { Sequenced } from './ticket-event-order';

/** A ticket event as the conversation stream needs it (mapped from the contracts at the consumer). */
export type SupportInput = Sequenced & { readonly ticketId: string; readonly conversationId: string } & (
  | { readonly kind: 'ticket-claimed' }
  | { readonly kind: 'agent-replied'; readonly replyId: string; readonly text: string; readonly language?: string; readonly sentAt: string }
  | { readonly kind: 'ticket-resolved' }
);

/**
 * What a customer's conversation stream receives (SSE event names and payloads). The agent is
 * never named: customers see "an agent", and agent ids stay inside the company.
 */
export type ConversationStreamEvent =
  | { readonly event: 'ready'; readonly data: { readonly conversationId: string } }
  | { readonly event: 'ticket_claimed'; readonly data: { readonly ticketId: string } }
  | {
      readonly event: 'agent_reply';
      readonly data: { readonly replyId: string; readonly ticketId: string; readonly text: string; readonly language?: string; readonly sentAt: string };
    }
  | { readonly event: 'ticket_resolved'; readonly data: { readonly ticketId: string } }
  | { readonly event: 'csat_requested'; readonly data: { readonly ticketId: string } };

/** A resolution is followed at once by the request for a rating, so the widget can show the survey. */
export function conversationStreamEvents(input: SupportInput): ConversationStreamEvent[] {
  const { ticketId } = input;
  switch (input.kind) {
    case 'ticket-claimed':
      return [{ event: 'ticket_claimed', data: { ticketId } }];
    case 'agent-replied':
      return [{
        event: 'agent_reply',
        data: { replyId: input.replyId, ticketId, text: input.text, ...(input.language ? { language: input.language } : {}), sentAt: input.sentAt },
      }];
    case 'ticket-resolved':
      return [{ event: 'ticket_resolved', data: { ticketId } }, { event: 'csat_requested', data: { ticketId } }];
  }
}
