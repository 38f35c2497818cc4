module.exports = {
  displayName: 'retrieval-app',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  passWithNoTests: true,
};
