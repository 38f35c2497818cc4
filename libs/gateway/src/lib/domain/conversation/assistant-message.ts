import type { ModelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import type { QueryOutcome } from './canned-replies';

export type Citation = ModelInvokedV1['citations'][number];

/**
 * What the gateway knows about the assistant's side of one turn. Each field is written by one
 * event, and events of different topics arrive in any order, so the shown text is decided
 * here, at read time, from whatever has arrived.
 */
export interface AssistantRecord {
  /** The whole answer after output screening (pass or redact). */
  readonly screenedAnswer: string | null;
  readonly citations: readonly Citation[] | null;
  readonly retracted: boolean;
  readonly replacementText: string | null;
  readonly cannedText: string | null;
  readonly outcome: QueryOutcome | null;
}

export interface AssistantMessage {
  readonly text: string;
  readonly citations?: readonly Citation[];
  readonly outcome?: QueryOutcome;
}

/** The assistant message to show for a turn, or none yet. A retracted answer is never shown. */
export function assistantMessage(record: AssistantRecord): AssistantMessage | undefined {
  const outcome = record.outcome ?? undefined;
  const withOutcome = (message: AssistantMessage): AssistantMessage => (outcome ? { ...message, outcome } : message);
  if (record.retracted) {
    const text = record.replacementText ?? record.cannedText;
    return text ? withOutcome({ text }) : undefined;
  }
  if (record.screenedAnswer) {
    return withOutcome(record.citations && record.citations.length > 0 ? { text: record.screenedAnswer, citations: record.citations } : { text: record.screenedAnswer });
  }
  return record.cannedText ? withOutcome({ text: record.cannedText }) : undefined;
}
