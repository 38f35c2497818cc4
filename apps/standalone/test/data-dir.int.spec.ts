import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startStandalone, type Standalone } from '../src/start-standalone';
import { askAsDemoCustomer } from './demo-client';

const STARTUP_TIMEOUT_MS = 240_000;

/** With a data directory, a restart keeps the knowledge base instead of seeding it again. */
describe('the standalone with a data directory', () => {
  let dataDir: string;
  let standalone: Standalone | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'sagewire-standalone-spec-'));
  });

  afterAll(async () => {
    await standalone?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('restarts on the stored database and demo tenant: same ten documents, still answering', async () => {
    await (await startStandalone({ port: 0, quiet: true, env: {}, dataDir })).close();
    const stored = await readFile(path.join(dataDir, 'demo-tenant.json'), 'utf8');

    standalone = await startStandalone({ port: 0, quiet: true, env: {}, dataDir });
    const { apiKey } = JSON.parse(stored) as { apiKey: string };
    const listed = await fetch(`${standalone.url}/v1/documents`, { headers: { authorization: `Bearer ${apiKey}` } });
    const { documents } = (await listed.json()) as { documents: Array<{ status: string }> };
    const answer = await askAsDemoCustomer(standalone.url, 'How long do I have to return an item?', 'en');

    expect(await readFile(path.join(dataDir, 'demo-tenant.json'), 'utf8')).toBe(stored);
    expect(documents.map((d) => d.status)).toEqual(Array(10).fill('active'));
    expect(answer.outcome).toBe('answered');
    expect(answer.citations.map((c) => c.title)).toContain('Returns and refunds');
  }, STARTUP_TIMEOUT_MS * 2);
});
