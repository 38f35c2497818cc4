import { REASON_TEXT, type TicketReason } from '../../domain/handoff/build-summary';
import { describeTrend, sentimentTrend, type TranscriptTurn } from '../../domain/handoff/sentiment-trend';
import type { NewTicket, TicketCitation } from '../../domain/ticketing/ticketing.port';

/** The body of `POST /api/v2/tickets.json`, limited to the fields the platform sets. */
export interface ZendeskNewTicketRequest {
  readonly ticket: {
    readonly subject: string;
    readonly comment: { readonly body: string; readonly public: boolean };
    readonly priority: ZendeskPriority;
    readonly tags: readonly string[];
    readonly external_id: string;
  };
}

type ZendeskPriority = 'urgent' | 'high' | 'normal' | 'low';

/** Zendesk's subject field is cut around here in the agent's views; longer adds nothing. */
export const MAX_SUBJECT_CHARS = 150;
const SUBJECT_QUESTION_WORDS = 12;
/** Zendesk caps a comment at 64 KB; the question and the draft get most of it. */
const MAX_SECTION_CHARS = 20_000;

/** Short enough for a ticket list; the comment says it in full (REASON_TEXT). */
const REASON_TITLE: Readonly<Record<TicketReason, string>> = {
  customer_request: 'Customer asked for a human',
  low_confidence: 'AI not confident',
  max_turns_exceeded: 'Unresolved after many turns',
  premium_customer_sensitive: 'Premium customer, sensitive request',
  refund_over_limit: 'Refund over limit',
  legal_threat: 'Legal action mentioned',
  negative_sentiment: 'Unhappy customer',
  guardrail_block: 'Blocked by a guardrail',
  generation_failed: 'AI could not answer',
  retrieval_failed: 'Knowledge base unavailable',
};

/** The platform's priorities are Zendesk's; spelled out so a new one fails to compile here. */
const PRIORITY: Readonly<Record<NewTicket['priority'], ZendeskPriority>> = { urgent: 'urgent', high: 'high', normal: 'normal', low: 'low' };

/** The tag every ticket from the platform carries, for views and triggers. */
export const SAGEWIRE_TAG = 'sagewire';

/**
 * The Zendesk ticket for a handoff. `external_id` is the query id, so a retried command finds
 * the ticket it already opened. The description is a private note: the handoff holds the AI's
 * draft and internal reasons, which are for agents, not for a notification to the requester.
 * No requester is named (the handoff carries no customer email), so Zendesk makes the API
 * user the requester; the platform's user id is in the note.
 */
export function zendeskTicketOf(ticket: NewTicket): ZendeskNewTicketRequest {
  return {
    ticket: {
      subject: subjectOf(ticket),
      comment: { body: descriptionOf(ticket), public: false },
      priority: PRIORITY[ticket.priority],
      tags: [SAGEWIRE_TAG, ticket.reason, `lang_${ticket.language.toLowerCase()}`],
      external_id: ticket.queryId,
    },
  };
}

/** `{reason title}: {first words of the question}…`, or the conversation when nothing was asked. */
export function subjectOf(ticket: NewTicket): string {
  const words = ticket.question.trim().split(/\s+/).filter((w) => w.length > 0);
  const asked = words.length === 0 ? `conversation ${ticket.conversationId}` : words.slice(0, SUBJECT_QUESTION_WORDS).join(' ') + (words.length > SUBJECT_QUESTION_WORDS ? '…' : '');
  return clip(`${REASON_TITLE[ticket.reason]}: ${asked}`, MAX_SUBJECT_CHARS);
}

/** The private note an agent reads first: summary, question, AI draft, sources, reason, ids. */
export function descriptionOf(ticket: NewTicket): string {
  const draft = ticket.draftAnswer?.trim();
  return [
    ticket.summary.trim(),
    `Customer question (personal data redacted):\n${clip(ticket.question.trim(), MAX_SECTION_CHARS) || '(empty)'}`,
    `AI-suggested reply:\n${draft ? clip(draft, MAX_SECTION_CHARS) : '(none: the AI produced no answer)'}`,
    `Cited articles:\n${ticket.citations.length === 0 ? '(none)' : ticket.citations.map(citationLine).join('\n')}`,
    `Escalation reason: ${REASON_TEXT[ticket.reason]} (${ticket.reason})`,
    `Customer sentiment by turn: ${describeTrend(sentimentTrend(ticket.transcript))}`,
    ...(ticket.orders.length === 0 ? [] : [`Orders looked up:\n${ticket.orders.map(orderLine).join('\n')}`]),
    `Conversation so far:\n${ticket.transcript.length === 0 ? '(not available)' : clip(ticket.transcript.map(transcriptLine).join('\n'), MAX_SECTION_CHARS)}`,
    `Priority: ${ticket.priority} · Language: ${ticket.language}`,
    `Sagewire user: ${ticket.userId} · conversation: ${ticket.conversationId} · query: ${ticket.queryId}`,
  ].join('\n\n');
}

function citationLine(citation: TicketCitation, index: number): string {
  const title = citation.section ? `${citation.title} › ${citation.section}` : citation.title;
  const source = citation.uri ?? `${citation.documentId} v${citation.documentVersion}`;
  return `${index + 1}. ${title || citation.documentId} (${source})`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function transcriptLine(turn: TranscriptTurn): string {
  return `${turn.role === 'customer' ? 'Customer' : 'Assistant'}: ${turn.text.trim()}`;
}

function orderLine(order: NewTicket['orders'][number]): string {
  const shipping = [order.carrier, order.trackingNumber && `tracking ${order.trackingNumber}`, order.estimatedDelivery && `due ${order.estimatedDelivery}`].filter(Boolean).join(', ');
  return `${order.orderId}: ${order.status}${shipping ? ` (${shipping})` : ''}`;
}
