module.exports = {
  displayName: 'order-api-local',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
