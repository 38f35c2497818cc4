import type { CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';

/** A reason a ticket is opened for (never `none`). */
export type TicketReason = CreateTicketV1['reason'];

/** The contract's bound on `handoff.summary`. */
export const MAX_SUMMARY_CHARS = 2000;
const MAX_QUESTION_CHARS = 800;
const MAX_RATIONALE_CHARS = 300;

/** How each reason reads to the agent picking up the ticket. */
export const REASON_TEXT: Readonly<Record<TicketReason, string>> = {
  customer_request: 'The customer asked for a human agent',
  low_confidence: 'The AI was not confident in its answer',
  max_turns_exceeded: 'The conversation went on too long without resolution',
  premium_customer_sensitive: 'A premium customer raised a sensitive request',
  refund_over_limit: 'The refund exceeds what the AI may handle',
  legal_threat: 'The customer mentioned legal action',
  negative_sentiment: 'The customer is very unhappy',
  guardrail_block: 'A guardrail blocked the question or the answer',
  generation_failed: 'The AI could not generate an answer',
  retrieval_failed: 'The knowledge base could not be searched',
};

/** What the summary is built from. */
export interface SummaryInput {
  /** The redacted question. */
  question: string;
  reason: TicketReason;
  /** The AI's answer, if one was produced, for the agent to reuse or correct. */
  draftAnswer?: string;
  /** The rule's one-line explanation from the escalation decision. */
  rationale?: string;
}

/** Whitespace collapsed to single spaces, cut at `max` characters with an ellipsis. */
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The ticket summary an agent reads first: why it was escalated, the question, and the AI's
 * draft answer. Always 1..{@link MAX_SUMMARY_CHARS} characters (the contract's bound): the
 * question and rationale are capped first, and the draft gets whatever room is left.
 */
export function buildHandoffSummary(input: SummaryInput): string {
  const rationale = input.rationale?.trim() ? ` ${clip(input.rationale, MAX_RATIONALE_CHARS)}` : '';
  const head = [
    `Reason: ${REASON_TEXT[input.reason]} (${input.reason}).${rationale}`,
    `Question: ${clip(input.question, MAX_QUESTION_CHARS) || '(empty)'}`,
    'Draft answer: ',
  ].join('\n');
  // The head is at most ~1,200 characters, so the draft always has room of its own.
  const draft = input.draftAnswer?.trim() ? clip(input.draftAnswer, MAX_SUMMARY_CHARS - head.length) : '(none)';
  return head + draft;
}
