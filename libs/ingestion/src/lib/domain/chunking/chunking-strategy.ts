import type { ParsedSection } from '../parsing/parsed-document';
import type { Chunk, ChunkingOptions } from './chunk';
import type { ChunkingConfig, ChunkingStrategy } from './chunking-config';
import { chunkFixedSize } from './fixed-size-chunker';
import { chunkByHeadings } from './heading-aware-chunker';
import { chunkHierarchically, type ChunkedDocument } from './hierarchical-chunker';

/** Splits parsed sections into chunks; chunk indexes run from 0 across the whole document. */
export type Chunker = (sections: readonly ParsedSection[], options?: ChunkingOptions) => Chunk[];

const FLAT_CHUNKERS: Readonly<Record<Exclude<ChunkingStrategy, 'hierarchical'>, Chunker>> = {
  'heading-aware': chunkByHeadings,
  'fixed-size': chunkFixedSize,
};

/** The chunker of a strategy without parents. */
export function chunkerFor(strategy: Exclude<ChunkingStrategy, 'hierarchical'> = 'heading-aware'): Chunker {
  return FLAT_CHUNKERS[strategy];
}

/** Chunks sections with the configured strategy; only `hierarchical` returns parents. */
export function chunkSections(sections: readonly ParsedSection[], config: ChunkingConfig): ChunkedDocument {
  const { strategy, maxTokens, overlapTokens, parentTokens } = config;
  if (strategy === 'hierarchical') return chunkHierarchically(sections, { maxTokens, overlapTokens, parentTokens });
  return { chunks: chunkerFor(strategy)(sections, { maxTokens, overlapTokens }), parents: [] };
}
