module.exports = {
  displayName: 'generation',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  passWithNoTests: true,
};
