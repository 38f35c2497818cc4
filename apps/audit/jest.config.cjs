module.exports = {
  displayName: 'audit-app',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  passWithNoTests: true,
};
