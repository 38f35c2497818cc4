module.exports = {
  displayName: 'standalone',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  passWithNoTests: true,
  // Each spec boots the whole platform (eight services, PGlite, the demo index) or Chromium;
  // one at a time, they do not starve each other of CPU on a two-core CI machine.
  maxWorkers: 1,
  // PGlite loads its WASM build with a dynamic import(), which Jest's sandbox allows only
  // under --experimental-vm-modules: project.json's test target sets it in NODE_OPTIONS.
};
