import type { Envelope } from '@sagewire/contracts';
import { answerChunkGeneratedV1 } from '@sagewire/contracts/query/answer-chunk-generated.v1';
import { modelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { outputScreenedV1, type OutputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { ServiceTestHost, messageOf } from '@sagewire/service-testing';
import { guardrailsService } from './guardrails.service';

const MODEL = 'local-extractive';
/** Four sentences: a clean one, one with an email, a toxic one, and a last one without a terminator. */
const ANSWER = 'Here is what our help centre says: Refunds take 5 business days [1]. Write to jo.miller@example.com for help. You are an idiot. Thanks for asking';

/** Chunks as the generation service streams them: three words each, with their leading whitespace. */
function chunksOf(text: string): string[] {
  const words = text.match(/\s*\S+/g) ?? [];
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += 3) chunks.push(words.slice(i, i + 3).join(''));
  return chunks;
}

describe('guardrails service: streamed answers (PostgreSQL, in-memory bus)', () => {
  let guardrails: ServiceTestHost;

  beforeAll(async () => {
    guardrails = await ServiceTestHost.start('guardrails_stream', guardrailsService, [outputScreenedV1]);
  });

  afterAll(async () => {
    await guardrails?.close();
  });

  const chunk = (ref: { queryId: string; conversationId: string }, sequence: number, text: string): Envelope =>
    messageOf(answerChunkGeneratedV1, { ...ref, sequence, text, model: MODEL });
  const publishChunk = (ref: { queryId: string; conversationId: string }, sequence: number, text: string) =>
    guardrails.publish(answerChunkGeneratedV1, chunk(ref, sequence, text));
  const sentencesOf = (queryId: string): OutputScreenedV1[] =>
    guardrails.received(outputScreenedV1).filter((e) => e.data.queryId === queryId).map((e) => e.data);
  const awaitSentences = (queryId: string, count: number) =>
    guardrails.awaitMatching(outputScreenedV1, (e) => e.data.queryId === queryId, count);

  it('screens each sentence once, in order, as the chunks complete it, and flushes the last one on ModelInvoked', async () => {
    const invoked = messageOf(modelInvokedV1, { answerText: ANSWER, model: MODEL });
    const ref = { queryId: invoked.data.queryId, conversationId: invoked.data.conversationId };
    const chunks = chunksOf(ANSWER);
    expect(chunks.join('')).toBe(ANSWER);
    for (const [sequence, text] of chunks.entries()) {
      await publishChunk(ref, sequence, text);
      // A redelivered chunk, as after a generation restart: same sequence, same text.
      if (sequence === 2) await publishChunk(ref, sequence, text);
    }
    await awaitSentences(ref.queryId, 3);
    await guardrails.publish(modelInvokedV1, invoked);
    await awaitSentences(ref.queryId, 4);

    const sentences = sentencesOf(ref.queryId);
    expect(sentences.map((s) => [s.sentenceIndex, s.verdict, s.screenedText])).toEqual([
      [0, 'pass', 'Here is what our help centre says: Refunds take 5 business days [1].'],
      [1, 'redact', 'Write to [EMAIL] for help.'],
      [2, 'block', ''],
      [3, 'pass', 'Thanks for asking'],
    ]);
    expect(sentences.every((s) => s.groundingScore === 1 && s.conversationId === ref.conversationId)).toBe(true);
    // A redelivered ModelInvoked, and chunks arriving late, change nothing.
    await guardrails.publish(modelInvokedV1, invoked);
    await publishChunk(ref, 0, chunks[0]!);
    // Markers behind them on both topics (same key, same partitions): once screened, the above were handled.
    const later = messageOf(modelInvokedV1, { answerText: 'Another answer.', model: MODEL, conversationId: ref.conversationId });
    await guardrails.publish(modelInvokedV1, later);
    const marker = { queryId: `${ref.queryId}_marker`, conversationId: ref.conversationId };
    // Text after it completes the sentence: a sentence at a chunk's end waits for what follows (a marker may).
    await publishChunk(marker, 0, 'A marker sentence. Then');
    await awaitSentences(later.data.queryId, 1);
    await awaitSentences(marker.queryId, 1);
    expect(sentencesOf(ref.queryId)).toHaveLength(4);
  });

  it('fills a lost chunk from the full answer, keeping the numbering', async () => {
    const invoked = messageOf(modelInvokedV1, { answerText: ANSWER, model: MODEL });
    const ref = { queryId: invoked.data.queryId, conversationId: invoked.data.conversationId };
    const chunks = chunksOf(ANSWER);
    for (const [sequence, text] of chunks.entries()) if (sequence !== 5) await publishChunk(ref, sequence, text);
    // Chunk 5 is in the second sentence: only the first can be screened before the answer is complete.
    await awaitSentences(ref.queryId, 1);
    await guardrails.publish(modelInvokedV1, invoked);
    await awaitSentences(ref.queryId, 4);
    expect(sentencesOf(ref.queryId).map((s) => s.sentenceIndex)).toEqual([0, 1, 2, 3]);
  });

  it('checks each sentence against the passages the first chunk carried, flagging an unsupported one', async () => {
    const ref = { queryId: `q-grounding-${Date.now()}`, conversationId: `c-grounding-${Date.now()}` };
    const passages = [{ chunkId: 'doc-1#1', documentId: 'doc-1', documentVersion: 1, text: 'Refunds take 5 business days after the return arrives.', score: 0.9 }];
    await guardrails.publish(answerChunkGeneratedV1, messageOf(answerChunkGeneratedV1, { ...ref, sequence: 0, text: 'Refunds take 5 business days [1]. ', model: MODEL, passages }));
    await publishChunk(ref, 1, 'Our moon base ships penguins by balloon. ');
    await publishChunk(ref, 2, 'Anything else');
    await awaitSentences(ref.queryId, 2);
    const [supported, unsupported] = sentencesOf(ref.queryId);
    expect(supported!.groundingScore).toBeGreaterThan(0.5);
    expect(supported!.findings.some((f) => f.type === 'ungrounded')).toBe(false);
    expect(unsupported).toMatchObject({ verdict: 'pass', screenedText: 'Our moon base ships penguins by balloon.' });
    expect(unsupported!.groundingScore).toBeLessThan(0.2);
    expect(unsupported!.findings).toEqual([expect.objectContaining({ type: 'ungrounded', action: 'none' })]);
  });
});
