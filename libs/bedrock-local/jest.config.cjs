module.exports = {
  displayName: 'bedrock-local',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
};
