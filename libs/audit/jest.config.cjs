module.exports = {
  displayName: 'audit',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  passWithNoTests: true,
};
