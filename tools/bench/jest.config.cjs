// Unit specs of the benchmarks' own helpers (inputs, statistics); the benchmarks themselves
// run by hand (npm run bench:*), never as tests: speed is measured, not asserted.
module.exports = {
  displayName: 'bench',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
