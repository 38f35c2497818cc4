import { startStandalone, type Standalone } from '../src/start-standalone';
import { askAsDemoCustomer } from './demo-client';

/** Booting every service and indexing the demo help centre takes a while on a busy machine. */
const STARTUP_TIMEOUT_MS = 240_000;
/** One question through the whole saga (input screening, retrieval, generation, output screening). */
const ANSWER_TIMEOUT_MS = 90_000;

describe('the standalone: every service in one process, the demo help centre seeded', () => {
  let standalone: Standalone | undefined;

  beforeAll(async () => {
    // An empty environment: the embedded mode must need no variable at all.
    standalone = await startStandalone({ port: 0, quiet: true, env: {} });
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await standalone?.close();
  });

  it('answers an English question and cites the returns document', async () => {
    const answer = await askAsDemoCustomer(standalone!.url, 'How long do I have to return an item?', 'en');

    expect(answer.outcome).toBe('answered');
    expect(answer.text).toMatch(/30 days/);
    expect(answer.citations.map((c) => c.title)).toContain('Returns and refunds');
  }, ANSWER_TIMEOUT_MS);

  it('answers a Spanish question and cites the Spanish shipping document', async () => {
    const answer = await askAsDemoCustomer(standalone!.url, '¿Cuánto tarda el envío internacional?', 'es');

    expect(answer.outcome).toBe('answered');
    expect(answer.text).toMatch(/días hábiles/);
    expect(answer.citations.map((c) => c.title)).toContain('Envíos y entregas');
  }, ANSWER_TIMEOUT_MS);

  it('serves the chat page and reports ready', async () => {
    const page = await fetch(`${standalone!.url}/`);
    const ready = await fetch(`${standalone!.url}/health/ready`);

    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('data-testid="chat-input"');
    expect(ready.status).toBe(200);
  });
});
