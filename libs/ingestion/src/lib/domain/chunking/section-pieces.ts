import type { ParsedSection } from '../parsing/parsed-document';
import { chunkByHeadings } from './heading-aware-chunker';
import { splitIntoUnits } from './text-units';
import { estimateTokens } from './token-estimate';

/** Part of one section small enough to sit inside a parent chunk. */
export interface SectionPiece {
  path: readonly string[];
  page?: number;
  /** Whitespace between sentences as the chunkers write it, so child text is found in it verbatim. */
  text: string;
  tokens: number;
}

/**
 * Splits each section into pieces of at most `maxTokens`, cutting between paragraphs; only a
 * paragraph larger than that is cut, between sentences. A section that fits is one piece.
 */
export function sectionPieces(sections: readonly ParsedSection[], maxTokens: number): SectionPiece[] {
  const pieces: SectionPiece[] = [];
  for (const section of sections) {
    const make = (text: string): SectionPiece => ({
      path: section.path,
      ...(section.page === undefined ? {} : { page: section.page }),
      text,
      tokens: estimateTokens(text),
    });
    let paragraphs: string[] = [];
    let tokens = 0;
    const flush = (): void => {
      if (paragraphs.length > 0) pieces.push(make(paragraphs.join('\n\n')));
      paragraphs = [];
      tokens = 0;
    };
    for (const paragraph of section.text.split(/\n[ \t]*\n/).map(canonical).filter((text) => text !== '')) {
      const paragraphTokens = estimateTokens(paragraph);
      if (paragraphTokens > maxTokens) {
        flush();
        for (const part of chunkByHeadings([{ path: [], text: paragraph }], { maxTokens, overlapTokens: 0 })) pieces.push(make(part.text));
        continue;
      }
      if (tokens + paragraphTokens > maxTokens) flush();
      paragraphs.push(paragraph);
      tokens += paragraphTokens;
    }
    flush();
  }
  return pieces;
}

/** A paragraph rewritten from its sentence units, with the separators the chunkers use between them. */
function canonical(paragraph: string): string {
  return splitIntoUnits(paragraph)
    .map((unit, index) => (index === 0 ? '' : unit.separator) + unit.text)
    .join('');
}
