import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startStandalone, type Standalone } from '../src/start-standalone';

/** Debian's Chromium: playwright-core downloads no browser, and this machine has no network. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const STARTUP_TIMEOUT_MS = 240_000;
const ANSWER_TIMEOUT_MS = 90_000;

describe('the chat page in a real browser', () => {
  let standalone: Standalone | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    // Fail, never skip: a browser test that silently does not run proves nothing.
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: run \`apt-get install -y chromium\` (npm test installs it)`);
    standalone = await startStandalone({ port: 0, quiet: true, env: {} });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await standalone?.close();
  });

  it('streams an answer to a typed question and lists the cited document under it', async () => {
    const page = await browser!.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(standalone!.url);
    await page.getByTestId('chat-language').selectOption('en');

    await page.getByTestId('chat-input').fill('How long do I have to return an item?');
    await page.getByTestId('chat-send').click();

    const answer = page.getByTestId('chat-message-assistant').last();
    const sources = answer.getByTestId('chat-citations');
    await sources.waitFor({ timeout: ANSWER_TIMEOUT_MS });
    await expectAttribute(() => answer.getAttribute('aria-busy'), 'false');
    expect(await sources.innerText()).toContain('Returns and refunds');
    expect(await answer.locator('.message__text').innerText()).toMatch(/30 days/);
    expect(await answer.getByTestId('chat-error').count()).toBe(0);
    expect(problems).toEqual([]);
  }, ANSWER_TIMEOUT_MS + 30_000);
});

/** The answer is finished when the stream's `done` arrived; poll the attribute until then. */
async function expectAttribute(read: () => Promise<string | null>, expected: string): Promise<void> {
  const deadline = Date.now() + ANSWER_TIMEOUT_MS;
  let value = await read();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  expect(value).toBe(expected);
}
