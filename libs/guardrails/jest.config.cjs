module.exports = {
  displayName: 'guardrails',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  passWithNoTests: true,
};
