import { createReadStream, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseCorpus, parseQrels, parseQueries, type Parsed } from './beir-parse';
import { DatasetError, type LineProblem } from './dataset-error';
import type { EvalDataset } from './eval-dataset';

export interface LoadedDataset {
  readonly dataset: EvalDataset;
  /** Lines that were accepted but look wrong (a judgement of an unknown document, a repeated judgement). */
  readonly warnings: readonly LineProblem[];
}

/**
 * Reads a BEIR folder (`corpus.jsonl`, `queries.jsonl`, `qrels/<split>.tsv`), streaming each
 * file line by line. Every bad line is collected before failing, so one run lists them all.
 * @throws DatasetError naming each missing file or bad line as `file:line`.
 */
export async function loadBeir(dir: string, split: string): Promise<LoadedDataset> {
  const files = { corpus: join(dir, 'corpus.jsonl'), queries: join(dir, 'queries.jsonl'), qrels: join(dir, 'qrels', `${split}.tsv`) };
  const missing = Object.values(files).filter((file) => !existsSync(file));
  if (missing.length > 0) throw new DatasetError(`not a BEIR folder: missing ${missing.map(shown).join(', ')}`);

  const corpus = await parseCorpus(lines(files.corpus), shown(files.corpus));
  const queries = await parseQueries(lines(files.queries), shown(files.queries));
  const qrels = await parseQrels(lines(files.qrels), shown(files.qrels));
  const errors = [corpus, queries, qrels].flatMap((parsed: Parsed<unknown>) => parsed.errors);
  if (errors.length > 0) throw new DatasetError(`${errors.length} bad line(s) in ${dir}:`, errors);

  const documentIds = new Set(corpus.records.map((d) => d.id));
  const queryIds = new Set(queries.records.map((q) => q.id));
  const warnings: LineProblem[] = [...corpus.warnings, ...queries.warnings, ...qrels.warnings];
  const judgements = new Map<string, Map<string, number>>();
  for (const judgement of qrels.records) {
    const at = { file: shown(files.qrels), line: judgement.line };
    if (!queryIds.has(judgement.queryId)) warnings.push({ ...at, message: `query ${judgement.queryId} is not in queries.jsonl` });
    else if (!documentIds.has(judgement.documentId)) warnings.push({ ...at, message: `document ${judgement.documentId} is not in corpus.jsonl (it can never be retrieved)` });
    let forQuery = judgements.get(judgement.queryId);
    if (!forQuery) judgements.set(judgement.queryId, (forQuery = new Map()));
    forQuery.set(judgement.documentId, judgement.grade);
  }
  return { dataset: { name: `${basename(dir)} (${split})`, corpus: corpus.records, queries: queries.records, qrels: judgements }, warnings };
}

function lines(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
}

function shown(file: string): string {
  return relative(process.cwd(), file) || file;
}
