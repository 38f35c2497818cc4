// Lint is where the architecture is enforced: project tags decide who may import whom.
// Every project carries one `scope:*` and one `type:*` tag (checked by tools/workspace-checks).
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/** Services own a scope each; `standalone` composes all of them in one process. */
const SERVICES = ['gateway', 'orchestrator', 'ingestion', 'retrieval', 'generation', 'guardrails', 'escalation', 'audit'];
/** Two fixture scopes exist only to prove the rules bite (tools/lint-fixtures). */
const FIXTURE_SCOPES = ['fixture-alpha', 'fixture-beta'];

/** Drivers that must stay behind a port: only infrastructure code may touch them. */
const DRIVERS = ['typeorm', 'pg', 'kafkajs', '@aws-sdk/*', '@opensearch-project/*', '@nestjs/*', '@electric-sql/*'];

const scopeConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  ...[...SERVICES, ...FIXTURE_SCOPES].map((s) => ({
    sourceTag: `scope:${s}`,
    onlyDependOnLibsWithTags: [`scope:${s}`, 'scope:shared'],
  })),
  { sourceTag: 'scope:standalone', onlyDependOnLibsWithTags: ['scope:standalone', 'scope:shared', ...SERVICES.map((s) => `scope:${s}`)] },
];

const typeConstraints = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:domain', 'type:data-access', 'type:contracts', 'type:util', 'type:testing'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:domain', 'type:data-access', 'type:contracts', 'type:util', 'type:testing'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:contracts', 'type:util', 'type:testing'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util'], bannedExternalImports: DRIVERS },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'type:util'], bannedExternalImports: DRIVERS },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:contracts', 'type:util', 'type:testing'] },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.local/**', '**/coverage/**', 'tmp/**', '**/*.cjs', '**/*.js', '**/*.mjs'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [...scopeConstraints, ...typeConstraints],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // noUncheckedIndexedAccess is on: a `!` after an index states an invariant the code relies on.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // kafkajs stays behind the EventBus port: only the Kafka adapter may import it.
      'no-restricted-imports': ['error', { paths: [{ name: 'kafkajs', message: 'kafkajs stays behind the EventBus port (libs/messaging/src/lib/kafka).' }] }],
    },
  },
  {
    files: ['libs/messaging/src/lib/kafka/**/*.ts', 'tools/infra/**/*.ts', 'tools/bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Pure saga deciders and domain code do no I/O (STYLE.md).
    files: ['**/domain/**/*.ts', '**/*.saga.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['typeorm', 'pg', 'kafkajs', '@aws-sdk/*', '@opensearch-project/*', '@nestjs/*', 'node:fs', 'fs', 'node:net', 'net', 'node:http', 'http'], message: 'domain code and sagas are pure: no I/O or framework imports.' }] }],
    },
  },
);
