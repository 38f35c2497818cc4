import { foldText } from '../rules/fold-text';
import { sentimentScore } from '../rules/sentiment';

/** One turn of the handoff transcript. */
export interface TranscriptTurn {
  readonly role: 'customer' | 'assistant';
  readonly text: string;
}

/**
 * The customer's sentiment turn by turn, oldest first (-1..1, two decimals): an agent sees at
 * a glance whether the conversation was going downhill before it reached them. Only customer
 * turns count; the assistant's tone says nothing about the customer's.
 */
export function sentimentTrend(transcript: readonly TranscriptTurn[]): number[] {
  return transcript
    .filter((turn) => turn.role === 'customer' && turn.text.trim() !== '')
    .map((turn) => Math.round(sentimentScore(foldText(turn.text), turn.text) * 100) / 100);
}

/** The trend as one line for a ticket note: `-0.10 → -0.45 → -0.82 (worsening)`. */
export function describeTrend(trend: readonly number[]): string {
  if (trend.length === 0) return '(no customer turns)';
  const line = trend.map((score) => score.toFixed(2)).join(' → ');
  if (trend.length === 1) return line;
  const change = trend[trend.length - 1]! - trend[0]!;
  return `${line} (${change <= -0.2 ? 'worsening' : change >= 0.2 ? 'improving' : 'steady'})`;
}
