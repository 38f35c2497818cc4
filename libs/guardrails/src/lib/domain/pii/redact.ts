import type { GuardrailFinding } from '../finding';

/**
 * Replaces each finding's span with its label in brackets (`[EMAIL]`, `[PHONE]`), so the text
 * keeps its shape for the model while the data is gone, or with what `maskOf` gives for it
 * (a word filter's `***`). Findings without a span (a prompt attack, an ungrounded answer)
 * are ignored; an unlabelled span becomes `[REDACTED]`. Overlapping spans are merged into
 * the first one's placeholder.
 */
export function redact(text: string, findings: readonly GuardrailFinding[], maskOf: (finding: GuardrailFinding) => string | undefined = () => undefined): string {
  const spans = findings
    .filter((f): f is GuardrailFinding & { start: number; end: number } => f.start !== undefined && f.end !== undefined)
    .sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) {
      cursor = Math.max(cursor, span.end);
      continue;
    }
    result += text.slice(cursor, span.start) + (maskOf(span) ?? `[${span.label ?? 'REDACTED'}]`);
    cursor = span.end;
  }
  return result + text.slice(cursor);
}
