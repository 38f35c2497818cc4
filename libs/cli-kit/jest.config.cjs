module.exports = {
  displayName: 'cli-kit',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
