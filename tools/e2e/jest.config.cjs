module.exports = {
  displayName: 'e2e',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  // Eight processes per spec on two cores: one spec file at a time.
  maxWorkers: 1,
};
