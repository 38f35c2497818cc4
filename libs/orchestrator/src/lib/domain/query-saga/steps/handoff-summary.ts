import type { CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';

/** The contract's bound on `handoff.summary`. */
const MAX_SUMMARY_LENGTH = 2000;

/**
 * One paragraph for the agent queue: why the query came to a human, then the redacted question.
 * Never empty (the reason is always there) and never longer than the contract allows.
 */
export function handoffSummary(reason: CreateTicketV1['reason'], rationale: string | undefined, question: string): string {
  const why = `Escalated: ${reason.replace(/_/g, ' ')}${rationale === undefined || rationale === '' ? '' : ` (${rationale})`}.`;
  const asked = question.trim() === '' ? '' : ` Customer asked: "${question.trim()}"`;
  const summary = `${why}${asked}`;
  return summary.length <= MAX_SUMMARY_LENGTH ? summary : `${summary.slice(0, MAX_SUMMARY_LENGTH - 1)}…`;
}
