import type { ParsedSection } from '../parsing/parsed-document';
import type { Chunk, ChunkingOptions } from './chunk';
import { chunkFixedSize } from './fixed-size-chunker';
import { chunkByHeadings } from './heading-aware-chunker';

/** Splits parsed sections into chunks; chunk indexes run from 0 across the whole document. */
export type Chunker = (sections: readonly ParsedSection[], options?: ChunkingOptions) => Chunk[];

/** `heading-aware` keeps sentences whole and is the default; `fixed-size` is the token-window baseline. */
export type ChunkingStrategy = 'heading-aware' | 'fixed-size';

const CHUNKERS: Readonly<Record<ChunkingStrategy, Chunker>> = {
  'heading-aware': chunkByHeadings,
  'fixed-size': chunkFixedSize,
};

/** The chunker implementing a strategy. */
export function chunkerFor(strategy: ChunkingStrategy = 'heading-aware'): Chunker {
  return CHUNKERS[strategy];
}
