module.exports = {
  displayName: 'orchestrator-app',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  passWithNoTests: true,
};
