import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The public text the synthetic corpus is recombined from (see ../shared/data/README.md). */
export const STACKFAQ_FILE = resolve(__dirname, '../../../../../shared/data/stackfaq/stackExchange-FAQ.json');

export interface Topic {
  readonly question: string;
  /** The thread's answer sentences. */
  readonly sentences: readonly string[];
  /** Distinct longer words of the thread, for word substitutions that stay on topic. */
  readonly words: readonly string[];
  /** Human paraphrases of the question (placeholders dropped): the benchmark's queries. */
  readonly paraphrases: readonly string[];
}

interface RawThread {
  question: string;
  answer: string | string[];
  rephr: string | (string | null)[];
}

/** A sentence shorter than this is a fragment ("Voila!"); longer ones are usually pasted lists. */
const MIN_WORDS = 4;
const MAX_WORDS = 60;

export function readTopics(file: string = STACKFAQ_FILE): Topic[] {
  const threads = (JSON.parse(readFileSync(file, 'utf8')) as { root: { qapair: RawThread[] } }).root.qapair;
  return threads.map((thread) => {
    const answers = Array.isArray(thread.answer) ? thread.answer : [thread.answer];
    const sentences = answers
      .flatMap((answer) => answer.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/))
      .map((s) => s.trim())
      .filter((s) => {
        const words = s.split(' ').length;
        return words >= MIN_WORDS && words <= MAX_WORDS;
      });
    const words = [...new Set(answers.join(' ').toLowerCase().match(/[a-z][a-z'-]{4,}/g) ?? [])];
    const paraphrases = (Array.isArray(thread.rephr) ? thread.rephr : [thread.rephr]).flatMap((r) => (r && r.trim() !== '*' ? [r.trim()] : []));
    return { question: thread.question, sentences: sentences.length > 0 ? sentences : answers, words, paraphrases };
  });
}
