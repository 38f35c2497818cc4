import type { ParsedSection } from '../parsing/parsed-document';
import { resolveChunkingOptions, sectionFields, sectionLabel, type Chunk, type ChunkingOptions, type ParentChunk } from './chunk';
import { chunkByHeadings } from './heading-aware-chunker';
import { sectionPieces, type SectionPiece } from './section-pieces';
import { estimateTokens } from './token-estimate';

/** Parent size of the hierarchical strategy (SPEC IN-13). */
export const DEFAULT_PARENT_CHUNK_TOKENS = 1500;

export interface HierarchicalChunkingOptions extends ChunkingOptions {
  /** Largest parent, in estimated tokens; at least `maxTokens`. */
  parentTokens?: number;
}

/** Children for retrieval and the parents that hold them. */
export interface ChunkedDocument {
  chunks: Chunk[];
  parents: ParentChunk[];
}

/**
 * Hierarchical chunking (SPEC IN-13): parents of up to `parentTokens` are whole sections
 * (consecutive small sections under one top-level heading share a parent) or whole paragraphs
 * of a large section; children of up to `maxTokens`, overlapping by `overlapTokens`, are cut
 * inside one section of one parent with sentences kept whole, so a parent contains each of its
 * children's text and never splits a child.
 */
export function chunkHierarchically(sections: readonly ParsedSection[], options: HierarchicalChunkingOptions = {}): ChunkedDocument {
  const childOptions = resolveChunkingOptions(options);
  const parentTokens = options.parentTokens ?? DEFAULT_PARENT_CHUNK_TOKENS;
  const parents: ParentChunk[] = [];
  const chunks: Chunk[] = [];
  for (const group of groupPieces(sectionPieces(sections, parentTokens), parentTokens)) {
    const parentIndex = parents.length;
    parents.push({ index: parentIndex, ...parentFields(group), text: group.text, tokenCount: estimateTokens(group.text) });
    for (const piece of group.pieces) {
      for (const child of chunkByHeadings([{ path: [...piece.path], text: piece.text }], childOptions)) {
        chunks.push({ ...child, index: chunks.length, ...sectionFields(piece), parentIndex });
      }
    }
  }
  return { chunks, parents };
}

interface PieceGroup {
  pieces: SectionPiece[];
  /** The trail every piece shares. */
  common: readonly string[];
  text: string;
}

/** Packs consecutive pieces under the same top-level heading while the parent text stays within `limit`. */
function groupPieces(pieces: readonly SectionPiece[], limit: number): PieceGroup[] {
  const groups: PieceGroup[] = [];
  let current: PieceGroup | undefined;
  for (const piece of pieces) {
    const candidate = current && current.pieces[0]!.path[0] === piece.path[0] ? groupOf([...current.pieces, piece]) : undefined;
    if (candidate && estimateTokens(candidate.text) <= limit) current = candidate;
    else {
      if (current) groups.push(current);
      current = groupOf([piece]);
    }
  }
  if (current) groups.push(current);
  return groups;
}

/** The pieces as one text; a piece deeper than the shared trail is introduced by its own headings. */
function groupOf(pieces: SectionPiece[]): PieceGroup {
  const common = commonPrefix(pieces.map((piece) => piece.path));
  const text = pieces
    .map((piece) => {
      const own = piece.path.slice(common.length);
      return own.length > 0 ? `${own.join(' > ')}\n\n${piece.text}` : piece.text;
    })
    .join('\n\n');
  return { pieces, common, text };
}

function parentFields(group: PieceGroup): Pick<ParentChunk, 'section' | 'page'> {
  const label = sectionLabel(group.common);
  const page = group.pieces[0]?.page;
  return { ...(label === undefined ? {} : { section: label }), ...(page === undefined ? {} : { page }) };
}

function commonPrefix(paths: readonly (readonly string[])[]): readonly string[] {
  const first = paths[0] ?? [];
  let length = 0;
  while (length < first.length && paths.every((path) => path[length] === first[length])) length++;
  return first.slice(0, length);
}
