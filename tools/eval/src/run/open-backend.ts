import { EmbeddedSearchBackend, OpenSearchSearchBackend, type SearchBackend } from '@sagewire/retrieval';

export const BACKENDS = ['embedded', 'opensearch'] as const;
export type BackendName = (typeof BACKENDS)[number];

export interface BackendSettings {
  readonly backend: BackendName;
  readonly opensearchUrl: string;
  /** Unique per run, so runs never see each other's chunks and cleanup deletes only this run's indices. */
  readonly indexPrefix: string;
  readonly dimensions: number;
}

/** A started backend and how to get rid of it (for OpenSearch: delete the run's indices, close the client). */
export interface OpenedBackend {
  readonly backend: SearchBackend;
  dispose(): Promise<void>;
}

export async function openBackend(settings: BackendSettings): Promise<OpenedBackend> {
  if (settings.backend === 'embedded') {
    const backend = new EmbeddedSearchBackend({ dimensions: settings.dimensions });
    await backend.start();
    return { backend, dispose: () => backend.close() };
  }
  const backend = new OpenSearchSearchBackend({ node: settings.opensearchUrl, indexPrefix: settings.indexPrefix, dimensions: settings.dimensions });
  const dispose = async (): Promise<void> => {
    await backend.destroy().finally(() => backend.close());
  };
  try {
    await backend.start();
  } catch (error) {
    await dispose().catch(() => undefined);
    throw error;
  }
  return { backend, dispose };
}
