/** What the node itself says about memory and the run's indices (REST, with fetch). */
export interface OpenSearchFigures {
  /** JVM heap in use, summed over the cluster's nodes. */
  readonly jvmHeapUsedBytes: number;
  readonly jvmHeapMaxBytes: number;
  /** Primary store size of the run's indices, and documents (chunks, plus nested vectors as Lucene counts them). */
  readonly indexStoreBytes: number;
  readonly indexDocs: number;
}

interface NodesJvm {
  nodes: Record<string, { jvm: { mem: { heap_used_in_bytes: number; heap_max_in_bytes: number } } }>;
}
interface CatIndex {
  index: string;
  'pri.store.size'?: string;
  'docs.count'?: string;
}

export async function openSearchFigures(node: string, prefix: string): Promise<OpenSearchFigures> {
  const jvm = await getJson<NodesJvm>(node, '/_nodes/stats/jvm');
  const indices = (await getJson<CatIndex[]>(node, `/_cat/indices/${prefix}-*?format=json&bytes=b`)) ?? [];
  const heaps = Object.values(jvm?.nodes ?? {}).map((n) => n.jvm.mem);
  return {
    jvmHeapUsedBytes: heaps.reduce((sum, h) => sum + h.heap_used_in_bytes, 0),
    jvmHeapMaxBytes: heaps.reduce((sum, h) => sum + h.heap_max_in_bytes, 0),
    indexStoreBytes: indices.reduce((sum, i) => sum + Number(i['pri.store.size'] ?? 0), 0),
    indexDocs: indices.reduce((sum, i) => sum + Number(i['docs.count'] ?? 0), 0),
  };
}

/** Deletes the run's indices and templates: listed under the run's unique prefix, deleted one by one by exact name. */
/** Is a node answering at all? */
export async function reachable(node: string): Promise<boolean> {
  try {
    const response = await fetch(node, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

async function getJson<T>(node: string, path: string): Promise<T | undefined> {
  const response = await fetch(new URL(path, node));
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
