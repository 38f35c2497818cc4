import type { Citation, Passage } from '../model-provider.port';
import type { SelectedSentence } from './select-sentences';

/** An answer text and the sources its "[n]" markers point to. */
export interface ComposedAnswer {
  text: string;
  citations: Citation[];
}

/**
 * A citation's title. Passages carry no title, so it comes from the request's `titles` by
 * document id when the caller has them (the retrieval index does), else from the section
 * heading, else the document id itself: always something the agent or customer can look up.
 */
function citationFor(passage: Passage, titles: Readonly<Record<string, string>>): Citation {
  const citation: Citation = {
    documentId: passage.documentId,
    documentVersion: passage.documentVersion,
    title: titles[passage.documentId] ?? passage.section ?? passage.documentId,
  };
  if (passage.section !== undefined) citation.section = passage.section;
  return citation;
}

/** Puts the marker before the closing punctuation ("days [1]."), so it stays with its sentence. */
function withMarker(sentence: string, marker: number): string {
  const match = /[.!?。！？]+["'”’)]*$/u.exec(sentence);
  if (!match) return `${sentence} [${marker}]`;
  return `${sentence.slice(0, match.index)} [${marker}]${match[0]}`;
}

/**
 * Quotes the selected sentences after a lead-in, each with a "[n]" marker. One citation per
 * source (document, version and section): two sentences from the same section share a number.
 */
export function composeAnswer(
  leadIn: string,
  sentences: readonly SelectedSentence[],
  titles: Readonly<Record<string, string>> = {},
): ComposedAnswer {
  const citations: Citation[] = [];
  const markers = new Map<string, number>();
  const quoted = sentences.map(({ text, passage }) => {
    const key = JSON.stringify([passage.documentId, passage.documentVersion, passage.section ?? null]);
    let marker = markers.get(key);
    if (marker === undefined) {
      citations.push(citationFor(passage, titles));
      marker = citations.length;
      markers.set(key, marker);
    }
    return withMarker(text, marker);
  });
  return { text: [leadIn, ...quoted].join(' '), citations };
}
