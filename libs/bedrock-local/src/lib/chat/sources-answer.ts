import { contentWords, overlap, sentences } from './text-tokens';

/** A numbered passage from the platform's prompt (`[n] title — section` then its text). */
export interface SourcePassage {
  readonly marker: number;
  readonly text: string;
}

/** What a grounded model says when the passages do not answer the question. */
export const NO_ANSWER = "I don't have enough information to answer that.";

const SOURCES_BLOCK = /<sources>([\s\S]*?)<\/sources>/;
const PASSAGE_HEADING = /^\[(\d+)\][^\n]*$/gm;
const QUESTION = /(?:^|\n)\s*Question:\s*([\s\S]*)$/;

/** The passages of a prompt written by the platform's prompt builder; none when it has no sources block. */
export function parseSources(prompt: string): SourcePassage[] {
  const block = SOURCES_BLOCK.exec(prompt)?.[1];
  if (block === undefined) return [];
  const headings = [...block.matchAll(PASSAGE_HEADING)];
  // Each passage runs from the line after its heading to the next heading.
  return headings.map((heading, i) => ({
    marker: Number(heading[1]),
    text: block.slice(heading.index + heading[0].length, headings[i + 1]?.index ?? block.length).trim(),
  }));
}

/** The question of a prompt: after `Question:` when present, else the prompt without its sources. */
export function questionOf(prompt: string): string {
  // Passages may quote a "Question:" of their own: look outside the sources block only.
  const outside = prompt.replace(SOURCES_BLOCK, '');
  return (QUESTION.exec(outside)?.[1] ?? outside).trim();
}

/** Sentences sharing this many fewer words than the best one are left out. */
const SECOND_SENTENCE_MIN_SHARE = 0.5;

/**
 * Answers from the one or two sentences sharing the most content words with the question,
 * each with its source marker (` [n]` before the closing punctuation), best first: an extractive stand-in for a
 * grounded model that is deterministic and cites what it used.
 */
export function answerFromSources(prompt: string): string {
  const wanted = contentWords(questionOf(prompt));
  const scored = parseSources(prompt)
    .flatMap((passage) => sentences(passage.text).map((sentence) => ({ sentence, marker: passage.marker, score: overlap(wanted, sentence) })))
    .filter((candidate) => candidate.score > 0)
    // Stable sort: among equals the earlier sentence (the better-ranked source) wins.
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (best === undefined) return NO_ANSWER;
  const chosen = [best];
  const second = scored[1];
  if (second !== undefined && second.score >= best.score * SECOND_SENTENCE_MIN_SHARE) chosen.push(second);
  return chosen.map((c) => cite(c.sentence, c.marker)).join(' ');
}

/** The marker goes before the closing punctuation ("… 30 days [1]."), as the platform's prompt asks. */
function cite(sentence: string, marker: number): string {
  const match = /^(.*?)([.!?。！？]+)$/su.exec(sentence.trimEnd());
  return match ? `${match[1]} [${marker}]${match[2]}` : `${sentence} [${marker}]`;
}
