// Specs that run several services together in one process (ingestion with retrieval, as the
// embedded mode composes them) against real PostgreSQL and, where named, OpenSearch.
module.exports = {
  displayName: 'pipeline-tests',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  // Each spec hosts services, parses PDFs and drives OpenSearch: one at a time on two cores.
  maxWorkers: 1,
};
