import { PII_DETECTORS, type Span } from './pii-detectors';
import { DEFAULT_PII_POLICY, type PiiLabel, type PiiPolicy } from './pii-policy';

/** A personal-data finding; its span is an offset range into the screened text. */
export interface PiiFinding {
  type: 'pii';
  label: PiiLabel;
  start: number;
  end: number;
  action: PiiPolicy[PiiLabel];
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Finds personal data in `text`, one finding per entity, sorted by position. Spans never
 * overlap: a span claimed by an earlier detector (see `PII_DETECTORS`) hides later matches.
 * The action of each finding comes from `policy`.
 */
export function detectPii(text: string, policy: PiiPolicy = DEFAULT_PII_POLICY): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const detector of PII_DETECTORS) {
    if (detector.applies && !detector.applies(text)) continue;
    for (const match of text.matchAll(detector.pattern)) {
      const entity = detector.entityIsGroup ? (match.slice(1).find((g) => g !== undefined) ?? match[0]) : match[0];
      const end = match.index + match[0].length;
      const span = { start: end - entity.length, end };
      if (findings.some((f) => overlaps(f, span))) continue;
      if (!detector.accept(entity, text, span.start)) continue;
      findings.push({ type: 'pii', label: detector.label, ...span, action: policy[detector.label] });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
