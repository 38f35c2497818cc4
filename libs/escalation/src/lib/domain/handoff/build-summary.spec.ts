import { buildHandoffSummary, MAX_SUMMARY_CHARS } from './build-summary';

describe('buildHandoffSummary', () => {
  it('states the reason, the question and the draft answer, one per line', () => {
    const summary = buildHandoffSummary({
      question: 'Where is my   refund?',
      reason: 'low_confidence',
      rationale: 'Answer confidence 0.55 is below 0.7.',
      draftAnswer: 'Refunds take 5 business days [1].',
    });
    expect(summary).toBe(
      [
        'Reason: The AI was not confident in its answer (low_confidence). Answer confidence 0.55 is below 0.7.',
        'Question: Where is my refund?',
        'Draft answer: Refunds take 5 business days [1].',
      ].join('\n'),
    );
  });

  it('says so when there is no draft answer or question', () => {
    const summary = buildHandoffSummary({ question: '  ', reason: 'generation_failed' });
    expect(summary).toBe(
      ['Reason: The AI could not generate an answer (generation_failed).', 'Question: (empty)', 'Draft answer: (none)'].join('\n'),
    );
  });

  it('stays within the contract bound for very long inputs, cutting with an ellipsis', () => {
    const summary = buildHandoffSummary({
      question: 'why '.repeat(1000),
      reason: 'customer_request',
      rationale: 'x'.repeat(1000),
      draftAnswer: 'Because. '.repeat(1000),
    });
    expect(summary.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(summary.length).toBeGreaterThan(MAX_SUMMARY_CHARS - 10);
    expect(summary.split('\n')).toHaveLength(3);
    expect(summary.endsWith('…')).toBe(true);
  });
});
