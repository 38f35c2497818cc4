/**
 * The OpenSearch layout of chunks. Bump {@link CHUNK_MAPPING_VERSION} whenever the mapping
 * changes: the service then creates a new versioned index, copies the old one into it and
 * moves the alias in one step, so searches never hit a half-migrated index.
 */
export const CHUNK_MAPPING_VERSION = 2;

/** Language-specific analysers (from the analysis-common module), by the base language subtag. */
const LANGUAGE_FIELDS: Readonly<Record<string, { field: string; analyzer: string }>> = {
  en: { field: 'text_en', analyzer: 'english' },
  es: { field: 'text_es', analyzer: 'spanish' },
  fr: { field: 'text_fr', analyzer: 'french' },
  de: { field: 'text_de', analyzer: 'german' },
  zh: { field: 'text_zh', analyzer: 'cjk' },
};

export interface ChunkIndexNames {
  /** What every read and write goes through. */
  readonly alias: string;
  /** The concrete index for this mapping version and vector length. */
  readonly index: string;
  readonly template: string;
  readonly pattern: string;
}

/** The alias of a deployment's chunks: the name reads and writes use. */
export function chunkAliasName(prefix: string): string {
  return `${prefix}-chunks`;
}

/** Names under a prefix (one prefix per deployment or test run). */
export function chunkIndexNames(prefix: string, dimensions: number): ChunkIndexNames {
  return {
    alias: chunkAliasName(prefix),
    index: `${prefix}-chunks-m${CHUNK_MAPPING_VERSION}-d${dimensions}`,
    template: `${prefix}-chunks`,
    pattern: `${prefix}-chunks-m*`,
  };
}

/** The stemmed text field for a chunk's language, if OpenSearch has an analyser for it. */
export function languageField(language: string | undefined): string | undefined {
  const base = language?.split('-')[0]?.toLowerCase();
  return base === undefined ? undefined : LANGUAGE_FIELDS[base]?.field;
}

/** Every text field a lexical query searches, with boosts: headings name topics their text never repeats. */
export const LEXICAL_FIELDS: readonly string[] = ['title^2', 'section^1.5', 'text', ...Object.values(LANGUAGE_FIELDS).map((l) => l.field)];

/**
 * Settings and every mapping but the vector, applied by the index template to each versioned
 * index. One shard keeps scoring exact and a refresh atomic for searchers. Refresh is manual
 * (`-1`): writers refresh once after a whole replacement, so searchers see the old version or
 * the new one, not a mix of half-written batches.
 */
export function chunkTemplateBody(): Record<string, unknown> {
  const languageMappings = Object.fromEntries(Object.values(LANGUAGE_FIELDS).map(({ field, analyzer }) => [field, { type: 'text', analyzer }]));
  return {
    settings: { index: { number_of_shards: 1, number_of_replicas: 0, knn: true, refresh_interval: '-1' } },
    mappings: {
      dynamic: 'strict',
      _meta: { mappingVersion: CHUNK_MAPPING_VERSION },
      properties: {
        tenant_id: { type: 'keyword' },
        document_id: { type: 'keyword' },
        version: { type: 'integer' },
        chunk_id: { type: 'keyword' },
        chunk_index: { type: 'integer' },
        title: { type: 'text', analyzer: 'standard' },
        section: { type: 'text', analyzer: 'standard' },
        language: { type: 'keyword' },
        acl_tags: { type: 'keyword' },
        uri: { type: 'keyword', index: false },
        // A hash, read from doc values in the first search phase (v2; v1 stored the whole text).
        duplicate_key: { type: 'keyword', index: false, doc_values: true },
        parent_text: { type: 'text', index: false },
        text: { type: 'text', analyzer: 'standard' },
        ...languageMappings,
      },
    },
  };
}

/** The vector field, added when the versioned index is created (its length is the model's). */
export function vectorMapping(dimensions: number): Record<string, unknown> {
  return {
    properties: {
      vector: {
        type: 'knn_vector',
        dimension: dimensions,
        // Lucene's HNSW: the k-NN zip on Maven Central has no native engines, and Lucene
        // supports filtering inside the graph search, which the tenant filter relies on.
        method: { name: 'hnsw', engine: 'lucene', space_type: 'cosinesimil', parameters: { m: 16, ef_construction: 128 } },
      },
    },
  };
}
