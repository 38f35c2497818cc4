module.exports = {
  displayName: 'eval',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
