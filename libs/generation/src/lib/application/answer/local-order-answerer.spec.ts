import { LocalExtractiveAnswerer } from '../../domain/local-extractive/local-extractive-answerer';
import type { GenerationRequest } from '../../domain/model-provider.port';
import { DemoOrderStore, demoOrderCatalogue } from '../../infrastructure/orders/demo-order-store';
import { LocalOrderAnswerer } from './local-order-answerer';
import { OrderToolBox } from './order-tool-box';
import { NO_TOOLS } from './tool-box';

const request = (question: string, customerId?: string): GenerationRequest => ({
  model: 'local-extractive', tenantId: 'tenant-1', question, language: 'en', maxOutputTokens: 500,
  passages: [{ chunkId: 'c1', documentId: 'returns', documentVersion: 1, text: 'You can return any item within 30 days of delivery.', score: 1 }],
  ...(customerId ? { customerId } : {}),
});

async function ask(answerer: LocalOrderAnswerer, req: GenerationRequest) {
  const chunks: string[] = [];
  const result = await answerer.generate(req, (text) => Promise.resolve(void chunks.push(text)));
  return { result, chunks };
}

describe('LocalOrderAnswerer (the embedded demo order lookup)', () => {
  const answerer = new LocalOrderAnswerer(new LocalExtractiveAnswerer({ chunkDelayMs: 0 }), new OrderToolBox(new DemoOrderStore(demoOrderCatalogue())), 3);

  it("answers a signed-in visitor's order question from the demo store, streamed", async () => {
    const { result, chunks } = await ask(answerer, request('Where is my order SW-10041?', 'demo-visitor-1'));
    expect(result.text).toMatch(/^Your order SW-10041 is on its way\. It ships with UPS, tracking number \w+\./);
    expect(chunks.join('')).toBe(result.text);
    expect(result).toMatchObject({ toolCalls: 1, confidence: 0.9, citations: [] });
  });

  it("never reveals another customer's order, and asks an anonymous visitor to sign in", async () => {
    const other = await ask(answerer, request('Where is order SW-10099?', 'demo-visitor-1'));
    expect(other.result.text).toBe("I couldn't find an order SW-10099 on your account; please check the number.");
    const anonymous = await ask(answerer, request('Where is my order SW-10041?'));
    expect(anonymous.result.text).toBe('Please sign in so that I can look up your order.');
  });

  it('leaves every other question, and every question without the tool, to the extractive answerer', async () => {
    expect((await ask(answerer, request('How long do I have to return an item?', 'demo-visitor-1'))).result.toolCalls).toBeUndefined();
    const noTools = new LocalOrderAnswerer(new LocalExtractiveAnswerer({ chunkDelayMs: 0 }), NO_TOOLS, 3);
    expect((await ask(noTools, request('Where is my order SW-10041?', 'demo-visitor-1'))).result.toolCalls).toBeUndefined();
  });
});
