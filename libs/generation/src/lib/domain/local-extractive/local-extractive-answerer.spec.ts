import { AppError } from '@sagewire/errors';
import type { GenerationRequest, Passage } from '../model-provider.port';
import { LocalExtractiveAnswerer, NO_ANSWER_CONFIDENCE } from './local-extractive-answerer';

const passages: Passage[] = [
  {
    chunkId: 'c1',
    documentId: 'returns-policy',
    documentVersion: 3,
    section: 'Time limits',
    text: 'You can return any item within 30 days of delivery. Gift cards cannot be returned.',
    score: 0.9,
  },
  { chunkId: 'c2', documentId: 'devoluciones', documentVersion: 1, text: 'Las devoluciones son gratuitas durante 30 días.', score: 0.5 },
];

const request = (overrides: Partial<GenerationRequest> = {}): GenerationRequest => ({
  model: 'local:extractive',
  tenantId: 'tenant-1',
  question: 'How many days do I have to return an item?',
  language: 'en',
  passages,
  maxOutputTokens: 500,
  ...overrides,
});

/** Runs the answerer and collects the streamed chunks. */
async function answer(req: GenerationRequest, answerer = new LocalExtractiveAnswerer()) {
  const chunks: string[] = [];
  const result = await answerer.generate(req, async (chunk) => {
    chunks.push(chunk);
  });
  return { result, chunks };
}

describe('LocalExtractiveAnswerer', () => {
  it('quotes the best sentence with a citation marker, after an English lead-in', async () => {
    const { result } = await answer(request({ titles: { 'returns-policy': 'Returns policy' } }));
    expect(result.text).toBe('Here is what our help centre says: You can return any item within 30 days of delivery [1].');
    expect(result.citations).toEqual([{ documentId: 'returns-policy', documentVersion: 3, title: 'Returns policy', section: 'Time limits' }]);
    expect(result.finishReason).toBe('stop');
  });

  it('streams the answer in small chunks that add up to the text', async () => {
    const { result, chunks } = await answer(request());
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(result.text);
  });

  it('answers in the question language, Spanish here', async () => {
    const { result } = await answer(request({ question: '¿Son gratuitas las devoluciones?', language: 'es-MX' }));
    expect(result.text).toBe('Esto es lo que dice nuestro centro de ayuda: Las devoluciones son gratuitas durante 30 días [1].');
    expect(result.citations.map((c) => c.documentId)).toEqual(['devoluciones']);
  });

  it('reports confidence between 0.5 and 0.95 that grows with the overlap', async () => {
    const partial = (await answer(request())).result.confidence ?? 0;
    const full = (await answer(request({ question: 'Can I return an item within 30 days of delivery?' }))).result.confidence ?? 0;
    expect(partial).toBeGreaterThanOrEqual(0.5);
    expect(full).toBe(0.95);
    expect(partial).toBeLessThan(full);
  });

  it.each([
    ['no passage is relevant', request({ question: 'Do you sell gift vouchers in Lisbon?' })],
    ['there are no passages', request({ passages: [] })],
  ])('says it does not know when %s, without citations', async (_, req) => {
    const { result, chunks } = await answer(req);
    expect(result.text).toBe("I don't know the answer to that from our help centre, but I can put you in touch with a member of our team.");
    expect(result.citations).toEqual([]);
    expect(result.confidence).toBe(NO_ANSWER_CONFIDENCE);
    expect(chunks.join('')).toBe(result.text);
  });

  it('says it does not know in the customer language', async () => {
    const { result } = await answer(request({ question: '¿Venden tarjetas regalo?', language: 'es', passages: [] }));
    expect(result.text).toMatch(/^No sé la respuesta/);
  });

  it('counts tokens approximately: the prompt material in, the answer out', async () => {
    const { result } = await answer(request());
    expect(result.inputTokens).toBeGreaterThan(30);
    expect(result.outputTokens).toBe(Math.ceil(result.text.length / 4));
  });

  it('cuts the answer to maxOutputTokens and reports finishReason length', async () => {
    const { result } = await answer(request({ maxOutputTokens: 8 }));
    expect(result.finishReason).toBe('length');
    expect(result.outputTokens).toBeLessThanOrEqual(8);
    expect(result.citations).toEqual([]);
  });

  it('waits the injected delay between chunks, not before the first', async () => {
    const delays: number[] = [];
    const answerer = new LocalExtractiveAnswerer({ chunkDelayMs: 25, delay: async (ms) => void delays.push(ms) });
    const { chunks } = await answer(request(), answerer);
    expect(delays).toEqual(Array.from({ length: chunks.length - 1 }, () => 25));
  });

  it('stops with a retriable GENERATION.ABORTED error when the signal is aborted', async () => {
    const controller = new AbortController();
    const chunks: string[] = [];
    const pending = new LocalExtractiveAnswerer().generate(
      request(),
      async (chunk) => {
        chunks.push(chunk);
        controller.abort();
      },
      controller.signal,
    );
    await expect(pending).rejects.toEqual(expect.objectContaining({ code: 'GENERATION.ABORTED', retriable: true }));
    await expect(pending).rejects.toBeInstanceOf(AppError);
    expect(chunks).toHaveLength(1);
  });
});
