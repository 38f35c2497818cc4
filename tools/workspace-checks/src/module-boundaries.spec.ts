import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const ALPHA_APP = path.join(ROOT, 'tools/lint-fixtures/alpha-app/src/main.ts');
const BETA_DOMAIN = path.join(ROOT, 'tools/lint-fixtures/beta-domain/src/index.ts');

interface LintMessage { ruleId: string | null; message: string }

/**
 * Lints `code` as if it were the file at `filePath`, with the workspace's real config, through
 * the ESLint CLI that `nx lint` runs (in a child process: the config is an ES module).
 */
function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const cli = spawnSync(process.execPath, [require.resolve('eslint/bin/eslint.js'), '--stdin', '--stdin-filename', filePath, '--format', 'json'], {
    cwd: ROOT, input: code, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' },
  });
  const [result] = JSON.parse(cli.stdout) as { messages: LintMessage[] }[];
  return Promise.resolve((result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`));
}

describe('module boundaries (eslint.config.mjs)', () => {
  jest.setTimeout(120_000);

  // The rule reads Nx's cached project graph; refresh it so new projects are known.
  beforeAll(() => {
    const nx = spawnSync(process.execPath, [require.resolve('nx/bin/nx.js'), 'show', 'projects'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } });
    expect(nx.stdout).toContain('lint-fixture-beta-app');
  });

  it('rejects an app importing another app', async () => {
    const problems = await ruleIdsFor(`import { betaApp } from '@sagewire/lint-fixture-beta-app';\nexport const x = betaApp;\n`, ALPHA_APP);
    expect(problems.some((p) => p.startsWith('@nx/enforce-module-boundaries'))).toBe(true);
  });

  it("rejects one service's code importing another service's library", async () => {
    const problems = await ruleIdsFor(`import { betaRule } from '@sagewire/lint-fixture-beta-domain';\nexport const x = betaRule(1);\n`, ALPHA_APP);
    expect(problems).toEqual([expect.stringMatching(/^@nx\/enforce-module-boundaries: .*scope:fixture-alpha/)]);
  });

  it('lets an app use shared contracts (the rules are not simply "deny all")', async () => {
    const problems = await ruleIdsFor(`import { kebabCase } from '@sagewire/contracts';\nexport const x = kebabCase('A');\n`, ALPHA_APP);
    expect(problems).toEqual([]);
  });

  it('rejects domain code importing a driver', async () => {
    const problems = await ruleIdsFor(`import { DataSource } from 'typeorm';\nexport const x = DataSource;\n`, BETA_DOMAIN);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(/typeorm/);
  });

  it('keeps kafkajs behind the EventBus port', async () => {
    const problems = await ruleIdsFor(`import { Kafka } from 'kafkajs';\nexport const x = Kafka;\n`, ALPHA_APP);
    expect(problems.join('\n')).toMatch(/no-restricted-imports: .*kafkajs stays behind the EventBus port/);
  });
});
