import { strongestAction, type GuardrailAction, type GuardrailFinding } from '../finding';
import type { SecondOpinionVerdict } from './second-opinion.port';

/** A local screening reduced to what a second opinion can change: its findings and the text that goes on. */
export interface ScreenedText {
  readonly findings: readonly GuardrailFinding[];
  /** The text as the local screen lets it on (redacted), which is also the text the reviewer saw. */
  readonly text: string;
}

/** The combined outcome: both screens' findings, the stronger action, and the text that goes on. */
export interface MergedScreening {
  readonly findings: GuardrailFinding[];
  readonly action: GuardrailAction;
  readonly text: string;
}

/**
 * Combines a local screening with a second opinion on its `text` (the already redacted text,
 * so the reviewer never sees data we masked, and masks only what we missed). Block wins over
 * redact as everywhere. The reviewer's spans point into that redacted text, not into the
 * original the contract's offsets refer to, so its findings keep type, action and label only.
 * The text that goes on is the reviewer's masked text when it masked, else ours.
 */
export function mergeSecondOpinion(local: ScreenedText, opinion: SecondOpinionVerdict): MergedScreening {
  const theirs = opinion.findings.map(({ start: _start, end: _end, ...finding }) => finding);
  const findings = [...local.findings, ...theirs];
  return { findings, action: strongestAction(findings), text: opinion.outputText ?? local.text };
}
