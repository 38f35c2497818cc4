module.exports = {
  displayName: 'guardrails-app',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  passWithNoTests: true,
};
