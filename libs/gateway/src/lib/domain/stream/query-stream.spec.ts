import { advanceQueryStream, initialQueryStream, type QueryStreamState } from './query-stream';
import type { SagaInput, StreamEvent } from './stream-event';

const citation = { documentId: 'doc-1', documentVersion: 2, title: 'Returns policy' };
const completed = (outcome: 'answered' | 'escalated' | 'blocked' | 'limit_reached', ticketId?: string): SagaInput => ({
  kind: 'query-completed', outcome, inputTokens: 120, outputTokens: 40, ...(ticketId ? { ticketId } : {}),
});

function run(inputs: readonly SagaInput[], language?: string): { state: QueryStreamState; events: StreamEvent[] } {
  let state = initialQueryStream('q-1', language);
  const events: StreamEvent[] = [];
  for (const input of inputs) {
    const step = advanceQueryStream(state, input);
    state = step.state;
    events.push(...step.events);
  }
  return { state, events };
}

describe('advanceQueryStream', () => {
  it('streams screened sentences once each, then citations and done with the screened answer', () => {
    const { state, events } = run([
      { kind: 'sentence-screened', sentenceIndex: 0, verdict: 'pass', screenedText: 'Returns are free.' },
      { kind: 'sentence-screened', sentenceIndex: 0, verdict: 'pass', screenedText: 'Returns are free.' },
      { kind: 'sentence-screened', sentenceIndex: 1, verdict: 'redact', screenedText: 'Call [PHONE].' },
      { kind: 'model-invoked', citations: [citation] },
      { kind: 'answer-screened', verdict: 'redact', screenedText: 'Returns are free. Call [PHONE].' },
      completed('answered'),
    ]);
    expect(events).toEqual([
      { event: 'chunk', data: { sequence: 0, text: 'Returns are free.' } },
      { event: 'chunk', data: { sequence: 1, text: 'Call [PHONE].' } },
      { event: 'citations', data: { citations: [citation] } },
      { event: 'done', data: { queryId: 'q-1', outcome: 'answered', text: 'Returns are free. Call [PHONE].' } },
    ]);
    expect(state.result).toEqual({ queryId: 'q-1', outcome: 'answered', text: 'Returns are free. Call [PHONE].', citations: [citation], usage: { inputTokens: 120, outputTokens: 40 } });
  });

  it('holds an answered completion until the whole-answer verdict, so late sentences are not cut off', () => {
    const { events } = run([
      { kind: 'sentence-screened', sentenceIndex: 0, verdict: 'pass', screenedText: 'One.' },
      completed('answered'),
      { kind: 'sentence-screened', sentenceIndex: 1, verdict: 'pass', screenedText: 'Two.' },
      { kind: 'answer-screened', verdict: 'pass', screenedText: 'One. Two.' },
    ]);
    expect(events.map((e) => e.event)).toEqual(['chunk', 'chunk', 'citations', 'done']);
    expect(events.at(-1)).toEqual({ event: 'done', data: { queryId: 'q-1', outcome: 'answered', text: 'One. Two.' } });
  });

  it('never sends a blocked sentence and, after the grace time, falls back to the shown sentences in order', () => {
    const { events } = run([
      { kind: 'sentence-screened', sentenceIndex: 1, verdict: 'pass', screenedText: 'Second.' },
      { kind: 'sentence-screened', sentenceIndex: 0, verdict: 'pass', screenedText: 'First.' },
      { kind: 'sentence-screened', sentenceIndex: 2, verdict: 'block', screenedText: '' },
      completed('answered'),
      { kind: 'completion-grace-expired' },
    ]);
    expect(events.filter((e) => e.event === 'chunk')).toHaveLength(2);
    expect(events.at(-1)).toEqual({ event: 'done', data: { queryId: 'q-1', outcome: 'answered', text: 'First. Second.' } });
  });

  it('retracts, escalates with the decided reason and ends with the canned reply in the detected language', () => {
    const { events, state } = run([
      { kind: 'input-screened', detectedLanguage: 'es' },
      { kind: 'sentence-screened', sentenceIndex: 0, verdict: 'pass', screenedText: 'Algo.' },
      { kind: 'model-invoked', citations: [citation] },
      { kind: 'answer-retracted', reason: 'ungrounded' },
      { kind: 'escalation-decided', escalate: true, reason: 'low_confidence' },
      { kind: 'ticket-created', ticketId: 't-9' },
      completed('escalated', 't-9'),
    ], 'en');
    expect(events.map((e) => e.event)).toEqual(['chunk', 'retracted', 'escalated', 'done']);
    expect(events[2]).toEqual({ event: 'escalated', data: { ticketId: 't-9', reason: 'low_confidence' } });
    expect(state.result?.text).toBe('He pasado tu pregunta a un miembro de nuestro equipo; te responderá aquí.');
    expect(state.result?.citations).toEqual([]);
    expect(state.result?.ticketId).toBe('t-9');
  });

  it('shows no sentence of a withdrawn answer that arrives after the retraction', () => {
    const { events } = run([
      { kind: 'sentence-screened', sentenceIndex: 0, verdict: 'pass', screenedText: 'Shown first.' },
      { kind: 'answer-retracted', reason: 'generation_failed', replacementText: 'Let me get a colleague.' },
      { kind: 'sentence-screened', sentenceIndex: 1, verdict: 'pass', screenedText: 'Late, from the cut stream.' },
      completed('escalated', 't-1'),
    ]);
    expect(events.map((e) => e.event)).toEqual(['chunk', 'retracted', 'escalated', 'done']);
  });

  it('shows a retraction replacement as the final text', () => {
    const { state } = run([{ kind: 'answer-retracted', reason: 'output_blocked', replacementText: 'Let me get a colleague.' }, completed('blocked')]);
    expect(state.result?.text).toBe('Let me get a colleague.');
  });

  it('ends a held completion when a retraction arrives instead of the verdict', () => {
    const { events } = run([completed('answered'), { kind: 'answer-retracted', reason: 'ungrounded', replacementText: 'Sorry.' }]);
    expect(events.map((e) => e.event)).toEqual(['retracted', 'done']);
  });

  it('announces the ticket from QueryCompleted when TicketCreated has not arrived', () => {
    const { events } = run([completed('escalated', 't-1')]);
    expect(events.map((e) => e.event)).toEqual(['escalated', 'done']);
  });

  it('reports a failure as error then done, and ignores anything after done', () => {
    const { events } = run([
      { kind: 'query-failed', code: 'ORCHESTRATOR.TIMEOUT', message: 'no reply from retrieval' },
      { kind: 'sentence-screened', sentenceIndex: 0, verdict: 'pass', screenedText: 'late' },
    ]);
    expect(events).toEqual([
      { event: 'error', data: { code: 'ORCHESTRATOR.TIMEOUT', message: 'no reply from retrieval' } },
      { event: 'done', data: { queryId: 'q-1', outcome: 'failed', text: 'Sorry, something went wrong while answering your question; please try again.' } },
    ]);
  });
});
