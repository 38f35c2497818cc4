import type { ApplyGuardrailResponse } from '@aws-sdk/client-bedrock-runtime';
import { verdictFromApplyGuardrail } from './apply-guardrail.mapper';

const USAGE = { topicPolicyUnits: 1, contentPolicyUnits: 1, wordPolicyUnits: 1, sensitiveInformationPolicyUnits: 1, sensitiveInformationPolicyFreeUnits: 0, contextualGroundingPolicyUnits: 0 };
const BLOCKED_MESSAGE = [{ text: 'Sorry, the model cannot answer this question.' }];
const response = (assessment: NonNullable<ApplyGuardrailResponse['assessments']>[number], outputs = BLOCKED_MESSAGE): ApplyGuardrailResponse =>
  ({ usage: USAGE, action: 'GUARDRAIL_INTERVENED', outputs, assessments: [assessment] });

describe('verdictFromApplyGuardrail', () => {
  it('passes text the guardrail did not act on, detect-only and FULL-scope entries included', () => {
    const quiet = verdictFromApplyGuardrail('hello', {
      usage: USAGE, action: 'NONE', outputs: [],
      assessments: [{ contentPolicy: { filters: [{ type: 'INSULTS', confidence: 'NONE', action: 'NONE', detected: false }] }, topicPolicy: { topics: [{ name: 'Legal', type: 'DENY', action: 'NONE', detected: true }] } }],
    });
    expect(quiet).toEqual({ intervened: false, findings: [] });
  });

  it('maps a denied topic, a prompt attack, other content filters and word filters to blocking findings', () => {
    const verdict = verdictFromApplyGuardrail('x', response({
      topicPolicy: { topics: [{ name: 'Investment advice', type: 'DENY', action: 'BLOCKED', detected: true }] },
      contentPolicy: { filters: [
        { type: 'PROMPT_ATTACK', confidence: 'HIGH', filterStrength: 'HIGH', action: 'BLOCKED' },
        { type: 'INSULTS', confidence: 'MEDIUM', action: 'BLOCKED' },
        { type: 'HATE', confidence: 'LOW', action: 'NONE' },
      ] },
      wordPolicy: { customWords: [{ match: 'internal use only', action: 'BLOCKED' }], managedWordLists: [{ match: 'crap', type: 'PROFANITY', action: 'BLOCKED' }] },
    }));
    expect(verdict).toEqual({
      intervened: true,
      findings: [
        { type: 'denied_topic', action: 'block', label: 'Investment advice' },
        { type: 'prompt_attack', action: 'block', label: 'PROMPT_ATTACK' },
        { type: 'toxicity', action: 'block', label: 'INSULTS' },
        { type: 'word_filter', action: 'block', label: 'CUSTOM_WORD' },
        { type: 'word_filter', action: 'block', label: 'PROFANITY' },
      ],
    });
  });

  it('maps anonymized PII to redactions with spans and local labels, and keeps the masked text', () => {
    const text = 'Card 4111 1111 1111 1111, mail a@b.io, again a@b.io';
    const verdict = verdictFromApplyGuardrail(text, response({
      sensitiveInformationPolicy: {
        piiEntities: [
          { match: '4111 1111 1111 1111', type: 'CREDIT_DEBIT_CARD_NUMBER', action: 'ANONYMIZED' },
          { match: 'a@b.io', type: 'EMAIL', action: 'ANONYMIZED' },
          { match: 'a@b.io', type: 'EMAIL', action: 'ANONYMIZED' },
          { match: 'not in the text', type: 'NAME', action: 'ANONYMIZED' },
          { match: 'a@b.io', type: 'USERNAME', action: 'ANONYMIZED' },
        ],
        regexes: [{ name: 'order-id', match: 'nowhere', action: 'NONE' }],
      },
    }, [{ text: 'Card {CREDIT_DEBIT_CARD_NUMBER}, mail {EMAIL}, again {EMAIL}' }]));
    expect(verdict.findings).toEqual([
      { type: 'pii', action: 'redact', label: 'CREDIT_CARD', start: 5, end: 24 },
      { type: 'pii', action: 'redact', label: 'EMAIL', start: 31, end: 37 },
      { type: 'pii', action: 'redact', label: 'EMAIL', start: 45, end: 51 },
      { type: 'pii', action: 'redact', label: 'PERSON' },
      { type: 'pii', action: 'redact', label: 'USERNAME' },
    ]);
    expect(text.slice(31, 37)).toBe('a@b.io');
    expect(verdict.outputText).toBe('Card {CREDIT_DEBIT_CARD_NUMBER}, mail {EMAIL}, again {EMAIL}');
    expect(JSON.stringify(verdict.findings)).not.toContain('a@b.io');
  });

  it('maps blocked PII to a block, and drops the output of a blocked text (the canned message)', () => {
    const verdict = verdictFromApplyGuardrail('SSN 123-45-6789 and x@y.com', response({
      sensitiveInformationPolicy: {
        piiEntities: [{ match: '123-45-6789', type: 'US_SOCIAL_SECURITY_NUMBER', action: 'BLOCKED' }, { match: 'x@y.com', type: 'EMAIL', action: 'ANONYMIZED' }],
        regexes: [{ name: 'ticket', match: 'SSN', regex: 'SSN', action: 'BLOCKED' }],
      },
    }));
    expect(verdict.findings).toEqual([
      { type: 'pii', action: 'block', label: 'US_SSN', start: 4, end: 15 },
      { type: 'pii', action: 'redact', label: 'EMAIL', start: 20, end: 27 },
      { type: 'pii', action: 'block', label: 'ticket', start: 0, end: 3 },
    ]);
    expect(verdict.outputText).toBeUndefined();
  });

  it('maps contextual grounding blocks to ungrounded and irrelevant with their scores', () => {
    const verdict = verdictFromApplyGuardrail('x', response({ contextualGroundingPolicy: { filters: [
      { type: 'GROUNDING', threshold: 0.7, score: 0.2, action: 'BLOCKED' },
      { type: 'RELEVANCE', threshold: 0.5, score: 0.1, action: 'BLOCKED' },
    ] } }));
    expect(verdict.findings).toEqual([{ type: 'ungrounded', action: 'block', label: 'GROUNDING', score: 0.2 }, { type: 'irrelevant', action: 'block', label: 'RELEVANCE', score: 0.1 }]);
  });
});
