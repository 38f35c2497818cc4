import { readFileSync } from 'node:fs';
import { STACKFAQ_FILE } from '../retrieval-scale/stackfaq-text';

/** One StackFAQ thread: the paraphrased questions and the accepted answers, as published. */
export interface Thread {
  readonly paraphrases: readonly string[];
  readonly answers: readonly string[];
}

interface RawThread {
  answer: string | string[];
  rephr: string | (string | null)[];
}

/** Paraphrases written as `*` are placeholders for a missing one, and are skipped. */
export function readThreads(file: string = STACKFAQ_FILE): Thread[] {
  const raw = (JSON.parse(readFileSync(file, 'utf8')) as { root: { qapair: RawThread[] } }).root.qapair;
  return raw.map((thread) => ({
    paraphrases: (Array.isArray(thread.rephr) ? thread.rephr : [thread.rephr]).flatMap((r) => (r && r.trim() !== '*' && r.trim() !== '' ? [r.trim()] : [])),
    answers: (Array.isArray(thread.answer) ? thread.answer : [thread.answer]).filter((a) => a.trim() !== ''),
  }));
}
