import { SentenceSplitter } from '@sagewire/guardrails';
import { SeededRandom } from '../retrieval-scale/seeded-random';
import { ANSWER_SENTENCES } from './config';
import { insertPii } from './pii-insertion';
import type { Thread } from './stackfaq-threads';

/** Passages in the shape `screenOutputText` takes them (the retrieved chunks' texts). */
export type Passages = ReadonlyArray<{ readonly text: string }>;

export interface SentenceInput {
  readonly text: string;
  /** Every answer of the sentence's thread: what retrieval would have found for its question. */
  readonly passages: Passages;
}

export interface AnswerInput {
  readonly text: string;
  /** The text as the model streams it; the chunks concatenate to exactly `text`. */
  readonly chunks: readonly string[];
  readonly passages: Passages;
}

export interface ScreeningInputs {
  readonly messages: readonly string[];
  readonly piiMessages: readonly string[];
  readonly sentences: readonly SentenceInput[];
  readonly answers: readonly AnswerInput[];
}

/** As in retrieval-scale: shorter is a fragment ("Voila!"), longer is a pasted list or code. */
const MIN_WORDS = 4;
const MAX_WORDS = 60;
/** The local answerer's default chunk size (GENERATION_WORDS_PER_CHUNK). */
export const WORDS_PER_CHUNK = 4;

/**
 * Builds every input set from the threads, deterministically for a seed: questions in a shuffled
 * order (the PII set is the same questions in the same order), sentences shuffled, and answers
 * of `ANSWER_SENTENCES` sentences drawn from one thread (topped up from others when it is short).
 */
export function screeningInputs(threads: readonly Thread[], seed: number, limit: number | undefined, answerCount: number): ScreeningInputs {
  const random = new SeededRandom(seed);
  const questions = shuffled(threads.flatMap((t) => t.paraphrases), random).slice(0, limit);
  const byThread = threads.map((thread) => {
    const passages = thread.answers.map((text) => ({ text }));
    return { passages, sentences: thread.answers.flatMap(sentencesOf).filter(isProse) };
  });
  const sentences = shuffled(byThread.flatMap((t) => t.sentences.map((text) => ({ text, passages: t.passages }))), random).slice(0, limit);
  const withSentences = byThread.filter((t) => t.sentences.length > 0);
  const answers = Array.from({ length: answerCount }, () => composeAnswer(withSentences, random));
  return { messages: questions, piiMessages: questions.map((q) => insertPii(q, random).text), sentences, answers };
}

/** Every sentence of a text as the guardrails' splitter finds it, the unterminated tail included. */
export function sentencesOf(text: string): string[] {
  const splitter = new SentenceSplitter();
  const sentences = splitter.push(text);
  const rest = splitter.flush();
  return rest === undefined ? sentences : [...sentences, rest];
}

/** Words with the whitespace before each, cut into chunks of `wordsPerChunk`, as the local answerer streams. */
export function streamChunks(text: string, wordsPerChunk: number): string[] {
  const pieces = text.match(/\s*\S+/g) ?? [];
  const chunks: string[] = [];
  for (let i = 0; i < pieces.length; i += wordsPerChunk) chunks.push(pieces.slice(i, i + wordsPerChunk).join(''));
  return chunks;
}

function composeAnswer(threads: ReadonlyArray<{ passages: Passages; sentences: readonly string[] }>, random: SeededRandom): AnswerInput {
  const own = random.pick(threads);
  const start = random.int(0, Math.max(0, own.sentences.length - ANSWER_SENTENCES));
  const picked = own.sentences.slice(start, start + ANSWER_SENTENCES);
  while (picked.length < ANSWER_SENTENCES) picked.push(random.pick(random.pick(threads).sentences));
  // A terminator on each, so the splitter finds the same six sentences in the joined text.
  const text = picked.map((s) => (/[.!?]["')\]]*$/.test(s) ? s : `${s}.`)).join(' ');
  return { text, chunks: streamChunks(text, WORDS_PER_CHUNK), passages: own.passages };
}

function isProse(sentence: string): boolean {
  const words = sentence.split(/\s+/).length;
  return words >= MIN_WORDS && words <= MAX_WORDS;
}

function shuffled<T>(items: readonly T[], random: SeededRandom): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
