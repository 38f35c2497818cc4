import { EmbeddedSearchBackend, OpenSearchSearchBackend, type SearchBackend } from '@sagewire/retrieval';

export type BackendName = 'embedded' | 'opensearch';

export interface OpenedBackend {
  readonly name: BackendName;
  readonly backend: SearchBackend;
  /** Closes it; for OpenSearch also deletes the run's indices. */
  dispose(): Promise<void>;
}

/** The backend asked for cannot be used here (no node answers): a usage problem, not a crash. */
export class BackendUnavailableError extends Error {}

export async function openBackend(name: BackendName, dimensions: number, opensearch: { url: string; indexPrefix: string }): Promise<OpenedBackend> {
  if (name === 'embedded') {
    const backend = new EmbeddedSearchBackend({ dimensions });
    await backend.start();
    return { name, backend, dispose: () => backend.close() };
  }
  const backend = new OpenSearchSearchBackend({ node: opensearch.url, indexPrefix: opensearch.indexPrefix, dimensions });
  const dispose = async (): Promise<void> => {
    await backend.destroy().finally(() => backend.close());
  };
  try {
    await backend.start();
  } catch (error) {
    await dispose().catch(() => undefined);
    throw error;
  }
  return { name, backend, dispose };
}
