module.exports = {
  displayName: 'zendesk-local',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
