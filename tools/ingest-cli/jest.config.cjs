module.exports = {
  displayName: 'ingest-cli',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
