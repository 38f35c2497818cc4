module.exports = {
  displayName: 'escalation',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  passWithNoTests: true,
};
