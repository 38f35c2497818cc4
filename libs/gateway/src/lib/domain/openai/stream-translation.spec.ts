import { advanceQueryStream, initialQueryStream, type QueryStreamState } from '../stream/query-stream';
import type { SagaInput } from '../stream/stream-event';
import { OpenAiStreamTranslator, type OpenAiStreamStep } from './stream-translation';

function translate(inputs: readonly SagaInput[]): OpenAiStreamStep[] {
  const translator = new OpenAiStreamTranslator();
  let state: QueryStreamState = initialQueryStream('q-1', 'en');
  const steps: OpenAiStreamStep[] = [];
  for (const input of inputs) {
    const step = advanceQueryStream(state, input);
    state = step.state;
    for (const event of step.events) steps.push(...translator.translate(event, state));
  }
  return steps;
}

const completed = (outcome: 'answered' | 'escalated') => ({ kind: 'query-completed', outcome, inputTokens: 1, outputTokens: 1 }) as const;

describe('OpenAiStreamTranslator', () => {
  it('streams sentences as deltas, then the sources, then finishes', () => {
    expect(translate([
      { kind: 'sentence-screened', sentenceIndex: 0, verdict: 'pass', screenedText: 'Yes.' },
      { kind: 'sentence-screened', sentenceIndex: 1, verdict: 'pass', screenedText: 'Free.' },
      { kind: 'model-invoked', citations: [{ documentId: 'd', documentVersion: 1, title: 'FAQ' }] },
      { kind: 'answer-screened', verdict: 'pass', screenedText: 'Yes. Free.' },
      completed('answered'),
    ])).toEqual([
      { kind: 'content', text: 'Yes.' },
      { kind: 'content', text: ' Free.' },
      { kind: 'content', text: '\n\nSources: [1] FAQ' },
      { kind: 'finish' },
    ]);
  });

  it('sends the whole answer when no sentence was streamed', () => {
    expect(translate([{ kind: 'answer-screened', verdict: 'pass', screenedText: 'All of it.' }, completed('answered')])).toEqual([
      { kind: 'content', text: 'All of it.' },
      { kind: 'finish' },
    ]);
  });

  it('appends the canned reply after a retraction', () => {
    const steps = translate([
      { kind: 'sentence-screened', sentenceIndex: 0, verdict: 'pass', screenedText: 'Hmm.' },
      { kind: 'answer-retracted', reason: 'ungrounded' },
      completed('escalated'),
    ]);
    expect(steps[1]).toEqual({ kind: 'content', text: "\n\nI've passed your question to a member of our team; they will reply here." });
  });

  it('reports failures as an error', () => {
    expect(translate([{ kind: 'query-failed', code: 'X.Y', message: 'broken' }])).toEqual([{ kind: 'error', code: 'X.Y', message: 'broken' }, { kind: 'finish' }]);
  });
});
