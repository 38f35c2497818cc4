import { mergeSecondOpinion } from './merge-second-opinion';

const local = { findings: [{ type: 'pii' as const, action: 'redact' as const, label: 'EMAIL', start: 12, end: 28 }], text: 'Mail me at [EMAIL] or Jane Roe' };

describe('mergeSecondOpinion', () => {
  it('keeps the local screening when the reviewer found nothing, or could not review', () => {
    expect(mergeSecondOpinion(local, { intervened: false, findings: [] })).toEqual({ findings: local.findings, action: 'redact', text: local.text });
    const failedOpen = { intervened: false, findings: [], failure: { code: 'GUARDRAILS.SECOND_OPINION_UNAVAILABLE', retriable: true, message: 'down' } };
    expect(mergeSecondOpinion({ findings: [], text: 'hi' }, failedOpen)).toEqual({ findings: [], action: 'none', text: 'hi' });
  });

  it('takes the reviewer masked text and its findings without spans into the redacted text', () => {
    const merged = mergeSecondOpinion(local, { intervened: true, findings: [{ type: 'pii', action: 'redact', label: 'PERSON', start: 22, end: 30 }], outputText: 'Mail me at [EMAIL] or {NAME}' });
    expect(merged).toEqual({ findings: [...local.findings, { type: 'pii', action: 'redact', label: 'PERSON' }], action: 'redact', text: 'Mail me at [EMAIL] or {NAME}' });
  });

  it('lets a block by either screen win', () => {
    expect(mergeSecondOpinion(local, { intervened: true, findings: [{ type: 'denied_topic', action: 'block', label: 'Investment advice' }] }).action).toBe('block');
  });
});
