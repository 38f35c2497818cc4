import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DatasetError, type LineProblem } from '../dataset/dataset-error';
import { readStackFaq } from '../dataset/stackfaq';

export const ATTACK_CATEGORIES = [
  'ignore_instructions',
  'role_play',
  'prompt_extraction',
  'delimiter_injection',
  'obfuscation',
  'indirect_injection',
  'smuggled_instruction',
] as const;
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'zh'] as const;
/** `held-out` attacks were set aside before the detector was tuned: their figure is the honest one. */
export const SPLITS = ['tune', 'held-out'] as const;

export const DEFAULT_ATTACKS_FILE = resolve(__dirname, 'attacks.jsonl');
export const DEFAULT_BENIGN_FILE = resolve(__dirname, 'benign-support.jsonl');

const attackSchema = z.strictObject({
  id: z.string().min(1),
  split: z.enum(SPLITS),
  category: z.enum(ATTACK_CATEGORIES),
  language: z.enum(LANGUAGES),
  text: z.string().min(1),
  origin: z.string().min(1),
});
const benignSchema = z.strictObject({ id: z.string().min(1), language: z.enum(LANGUAGES), text: z.string().min(1), origin: z.string().min(1) });

export type Attack = z.infer<typeof attackSchema>;
export type BenignMessage = z.infer<typeof benignSchema>;

export function readAttacks(file: string = DEFAULT_ATTACKS_FILE): Attack[] {
  return parseJsonLines(file, readFileSync(file, 'utf8'), attackSchema);
}

export function readBenignMessages(file: string = DEFAULT_BENIGN_FILE): BenignMessage[] {
  return parseJsonLines(file, readFileSync(file, 'utf8'), benignSchema);
}

/** StackFAQ's human paraphrases: real questions about web apps, none of them an attack. */
export function readStackFaqQuestions(file: string): BenignMessage[] {
  const origin = 'StackFAQ paraphrased questions (rephr), Karan & Šnajder 2018';
  return readStackFaq(file, 'thread').queries.map((q) => ({ id: q.id, language: 'en', text: q.text, origin }));
}

/** One record per non-blank line; every bad line is reported (`file:line`), as the BEIR loader does. */
export function parseJsonLines<T extends { id: string }>(file: string, content: string, schema: z.ZodType<T>): T[] {
  const records: T[] = [];
  const problems: LineProblem[] = [];
  const seen = new Set<string>();
  content.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push({ file, line, message: 'not JSON' });
      return;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      problems.push({ file, line, message: z.prettifyError(parsed.error).replace(/\n\s*/g, ' ') });
      return;
    }
    if (seen.has(parsed.data.id)) problems.push({ file, line, message: `duplicate id ${parsed.data.id}` });
    seen.add(parsed.data.id);
    records.push(parsed.data);
  });
  if (problems.length > 0) throw new DatasetError(`${file} has ${problems.length} bad line(s):`, problems);
  return records;
}
