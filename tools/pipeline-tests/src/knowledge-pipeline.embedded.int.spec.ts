import { describeKnowledgePipeline } from './support/pipeline-suite';

describeKnowledgePipeline('embedded', () => ({
  env: () => ({ RETRIEVAL_BACKEND: 'embedded' }),
  // The in-memory index holds only active versions, rebuilt from the database: the database is what to count.
  countIndexed: () => Promise.resolve(0),
  dispose: () => Promise.resolve(),
}));
