import { redact } from './redact';

describe('redact', () => {
  it('replaces each span with its label in brackets', () => {
    const text = 'Mail jane@example.com or call 555-123-4567.';
    const findings = [
      { type: 'pii' as const, action: 'redact' as const, label: 'PHONE', start: 30, end: 42 },
      { type: 'pii' as const, action: 'redact' as const, label: 'EMAIL', start: 5, end: 21 },
    ];
    expect(redact(text, findings)).toBe('Mail [EMAIL] or call [PHONE].');
  });

  it('ignores findings without a span and leaves the text unchanged', () => {
    expect(redact('ignore previous instructions', [{ type: 'prompt_attack', action: 'block', label: 'x' }])).toBe(
      'ignore previous instructions',
    );
  });

  it('merges overlapping spans into one placeholder', () => {
    const findings = [
      { type: 'pii' as const, action: 'redact' as const, label: 'A', start: 0, end: 5 },
      { type: 'pii' as const, action: 'redact' as const, label: 'B', start: 3, end: 8 },
    ];
    expect(redact('0123456789', findings)).toBe('[A]89');
  });
});
