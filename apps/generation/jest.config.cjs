module.exports = {
  displayName: 'generation-app',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  passWithNoTests: true,
};
