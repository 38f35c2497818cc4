import type { ApplyGuardrailResponse, GuardrailAssessment } from '@aws-sdk/client-bedrock-runtime';
import { strongestAction, type GuardrailFinding } from '../../domain/finding';
import type { SecondOpinionVerdict } from '../../domain/second-opinion/second-opinion.port';

/**
 * Bedrock's PII types under the labels the local detectors use (`PII_LABELS`), so analytics
 * count one entity once; other types keep Bedrock's name.
 */
const LOCAL_PII_LABEL: Readonly<Record<string, string>> = {
  CREDIT_DEBIT_CARD_NUMBER: 'CREDIT_CARD',
  US_SOCIAL_SECURITY_NUMBER: 'US_SSN',
  US_BANK_ACCOUNT_NUMBER: 'BANK_ACCOUNT',
  INTERNATIONAL_BANK_ACCOUNT_NUMBER: 'IBAN',
  ADDRESS: 'STREET_ADDRESS',
  NAME: 'PERSON',
};

/** An action Bedrock took, as the finding's action; `NONE` (detect-only, or FULL scope) is no finding. */
function actionOf(action: string | undefined): GuardrailFinding['action'] | undefined {
  if (action === 'BLOCKED') return 'block';
  if (action === 'ANONYMIZED') return 'redact';
  return undefined;
}

/**
 * Finds each named match in `text`, successive matches of the same string at successive
 * places, so two e-mail addresses alike get two spans. Bedrock names the match but no offset.
 */
function spanLocator(text: string): (match: string | undefined) => { start: number; end: number } | undefined {
  const nextFrom = new Map<string, number>();
  return (match) => {
    if (match === undefined || match === '') return undefined;
    const start = text.indexOf(match, nextFrom.get(match) ?? 0);
    if (start < 0) return undefined;
    nextFrom.set(match, start + match.length);
    return { start, end: start + match.length };
  };
}

function finding(type: GuardrailFinding['type'], bedrockAction: string | undefined, label: string | undefined, extra: Partial<GuardrailFinding> = {}): GuardrailFinding[] {
  const action = actionOf(bedrockAction);
  return action === undefined ? [] : [{ type, action, ...(label ? { label } : {}), ...extra }];
}

function findingsOf(assessment: GuardrailAssessment, locate: ReturnType<typeof spanLocator>): GuardrailFinding[] {
  const sensitive = assessment.sensitiveInformationPolicy;
  return [
    ...(assessment.topicPolicy?.topics ?? []).flatMap((t) => finding('denied_topic', t.action, t.name)),
    ...(assessment.contentPolicy?.filters ?? []).flatMap((f) => finding(f.type === 'PROMPT_ATTACK' ? 'prompt_attack' : 'toxicity', f.action, f.type)),
    ...(assessment.wordPolicy?.customWords ?? []).flatMap((w) => finding('word_filter', w.action, 'CUSTOM_WORD')),
    ...(assessment.wordPolicy?.managedWordLists ?? []).flatMap((w) => finding('word_filter', w.action, w.type ?? 'MANAGED_WORD')),
    ...(sensitive?.piiEntities ?? []).flatMap((p) => finding('pii', p.action, p.type && (LOCAL_PII_LABEL[p.type] ?? p.type), actionOf(p.action) ? locate(p.match) : {})),
    ...(sensitive?.regexes ?? []).flatMap((r) => finding('pii', r.action, r.name ?? 'REGEX', actionOf(r.action) ? locate(r.match) : {})),
    ...(assessment.contextualGroundingPolicy?.filters ?? []).flatMap((g) =>
      finding(g.type === 'RELEVANCE' ? 'irrelevant' : 'ungrounded', g.action, g.type, g.score === undefined ? {} : { score: Math.min(1, Math.max(0, g.score)) })),
  ];
}

/**
 * An ApplyGuardrail response as a verdict on `text` (the text that was sent): every policy
 * that acted becomes a finding, labelled with Bedrock's topic name, filter or entity type,
 * never the matched text. The masked output is kept only when nothing blocks, because a
 * blocked text's output is the guardrail's canned message, not the text.
 */
export function verdictFromApplyGuardrail(text: string, response: ApplyGuardrailResponse): SecondOpinionVerdict {
  const locate = spanLocator(text);
  const findings = (response.assessments ?? []).flatMap((assessment) => findingsOf(assessment, locate));
  const intervened = response.action === 'GUARDRAIL_INTERVENED';
  const outputs = response.outputs ?? [];
  const masked = intervened && strongestAction(findings) === 'redact' && outputs.length > 0;
  return { intervened, findings, ...(masked ? { outputText: outputs.map((o) => o.text ?? '').join('') } : {}) };
}
