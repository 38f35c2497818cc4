import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DatasetError } from './dataset-error';
import type { CorpusDocument, EvalDataset, EvalQuery } from './eval-dataset';

/**
 * What one StackFAQ document is.
 * - `thread` (the default): one document per thread, the original question as its title and
 *   the answers as its paragraphs, as in the FAQ-retrieval setting the data set was built for
 *   (Karan & Šnajder 2018: a paraphrase should find its FAQ entry). Exactly one relevant
 *   document per query, so Recall@k reads as "found at all within k".
 * - `answer`: one document per answer, the thread's question as every answer's title; all
 *   answers of the query's thread are relevant. Recall@1 is then at most 1/(answers in thread).
 */
export const STACKFAQ_UNITS = ['thread', 'answer'] as const;
export type StackFaqUnit = (typeof STACKFAQ_UNITS)[number];

/** The XML-to-JSON export writes a list with one element as the bare element; both are accepted. */
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([z.array(item), item.transform((value) => [value])]);

const stackFaqSchema = z.object({
  root: z.object({
    qapair: z.array(
      z.object({
        question: z.string().min(1),
        answer: oneOrMany(z.string()),
        rephr: oneOrMany(z.string().nullable()),
      }),
    ),
  }),
});

/** A paraphrase slot the annotators left empty. */
const PLACEHOLDER = '*';

export function readStackFaq(file: string, unit: StackFaqUnit): EvalDataset {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DatasetError(`cannot read StackFAQ file ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return stackFaqDataset(raw, unit);
}

/**
 * Converts the StackFAQ JSON: queries are the human paraphrases (`rephr`, placeholders and empty
 * slots skipped), judged relevant (grade 1) to their own thread's document(s) only. Ids keep
 * the file's positions (`t007`, `t007-a2`, `t007-q10`), so a result can be traced back.
 */
export function stackFaqDataset(raw: unknown, unit: StackFaqUnit): EvalDataset {
  const parsed = stackFaqSchema.safeParse(raw);
  if (!parsed.success) throw new DatasetError(`not the StackFAQ structure {root: {qapair: [{question, answer, rephr}]}}:\n${z.prettifyError(parsed.error)}`);
  const corpus: CorpusDocument[] = [];
  const queries: EvalQuery[] = [];
  const qrels = new Map<string, Map<string, number>>();
  parsed.data.root.qapair.forEach((thread, t) => {
    const threadId = `t${String(t + 1).padStart(3, '0')}`;
    const answers = thread.answer.map((a) => a.trim()).filter((a) => a !== '');
    const documents: CorpusDocument[] =
      unit === 'thread'
        ? [{ id: threadId, title: thread.question, text: answers.join('\n\n') }]
        : answers.map((text, a) => ({ id: `${threadId}-a${a + 1}`, title: thread.question, text }));
    corpus.push(...documents);
    thread.rephr.forEach((text, q) => {
      const trimmed = text?.trim() ?? '';
      if (trimmed === '' || trimmed === PLACEHOLDER) return;
      const id = `${threadId}-q${String(q + 1).padStart(2, '0')}`;
      queries.push({ id, text: trimmed });
      qrels.set(id, new Map(documents.map((d) => [d.id, 1])));
    });
  });
  return { name: `StackFAQ (one document per ${unit})`, corpus, queries, qrels };
}
