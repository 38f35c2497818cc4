import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InvokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { AppError } from '@sagewire/errors';
import { LocalExtractiveAnswerer } from '../../domain/local-extractive/local-extractive-answerer';
import type { ModelProvider } from '../../domain/model-provider.port';
import { ChunkDeliveryError, generationRequest, runProvider } from './run-provider';

const viaProvider = (provider: ModelProvider, data: InvokeModelV1) => (onChunk: (text: string) => Promise<void>) =>
  provider.generate(generationRequest('tenant-1', data), onChunk).then((result) => ({ result, source: 'model' as const }));

const FIXTURE = join(__dirname, '..', '..', '..', '..', '..', 'contracts', 'fixtures', 'io.sagewire.query.InvokeModel.v1.json');
const command = (overrides: Partial<InvokeModelV1> = {}): InvokeModelV1 => ({
  ...(JSON.parse(readFileSync(FIXTURE, 'utf8')) as { data: InvokeModelV1 }).data,
  model: 'local-extractive',
  question: 'Can unused items be returned within 60 days?',
  ...overrides,
});

/** Collects what would be published. */
const recorder = () => {
  const texts: string[] = [];
  return { texts, publish: (text: string) => Promise.resolve(void texts.push(text)) };
};

describe('runProvider', () => {
  it('streams every chunk and times the first one', async () => {
    const chunks = recorder();
    const run = await runProvider(viaProvider(new LocalExtractiveAnswerer({ wordsPerChunk: 3 }), command()), command(), chunks);
    expect(chunks.texts.join('')).toBe(run.result.text);
    expect(run.firstTokenMs).toBeLessThanOrEqual(run.latencyMs);
  });

  it('publishes nothing when the command asks for no stream', async () => {
    const chunks = recorder();
    const run = await runProvider(viaProvider(new LocalExtractiveAnswerer(), command({ stream: false })), command({ stream: false }), chunks);
    expect(chunks.texts).toEqual([]);
    expect(run.result.text).not.toBe('');
  });

  it("passes a provider's own error through, to be reported to the saga", async () => {
    const failing: ModelProvider = { generate: () => Promise.reject(new AppError('GENERATION.THROTTLED', 'slow down', { retriable: true })) };
    await expect(runProvider(viaProvider(failing, command()), command(), recorder())).rejects.toMatchObject({ code: 'GENERATION.THROTTLED', retriable: true });
  });

  it('tells a refused chunk apart, even when the provider wraps it', async () => {
    const wrapping: ModelProvider = {
      generate: async (_request, onChunk) => {
        try {
          await onChunk('Hello');
        } catch (error) {
          throw new AppError('GENERATION.STREAM_FAILED', 'the sink failed', { cause: error });
        }
        throw new Error('unreachable');
      },
    };
    const broken = { publish: () => Promise.reject(new AppError('MESSAGING.BROKER_UNAVAILABLE', 'no broker', { retriable: true })) };
    const failure = await runProvider(viaProvider(wrapping, command()), command(), broken).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChunkDeliveryError);
    expect((failure as ChunkDeliveryError).cause).toMatchObject({ code: 'MESSAGING.BROKER_UNAVAILABLE' });
  });
});
