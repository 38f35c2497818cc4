// Shared Jest settings for every project. SWC transpiles TypeScript (type checking is the
// `typecheck` target's job), keeping decorator metadata so NestJS dependency injection works.
const path = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
    'node_modules/cockatiel/.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // cockatiel ships ES modules only: Jest's CommonJS runtime needs them transpiled too
  // (Node itself loads them through require(esm) when the services run).
  transformIgnorePatterns: ['/node_modules/(?!cockatiel/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['**/?(*.)+(spec).ts'],
  // Integration specs talk to real servers; give them room without hiding hangs forever.
  testTimeout: 60_000,
  reporters: ['default', path.join(__dirname, 'tools/scripts/jest-results-reporter.cjs')],
};
