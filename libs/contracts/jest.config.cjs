module.exports = {
  displayName: 'contracts',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  // The generator and compatibility guard (tools/contracts) are tested with the library they guard.
  roots: ['<rootDir>', '<rootDir>/../../tools/contracts'],
};
