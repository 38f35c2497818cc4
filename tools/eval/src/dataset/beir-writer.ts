import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalDataset } from './eval-dataset';

/** Writes a dataset as a BEIR folder that {@link loadBeir} (and BEIR's own loader) reads back. Returns the files written. */
export function writeBeir(dataset: EvalDataset, dir: string, split: string): string[] {
  mkdirSync(join(dir, 'qrels'), { recursive: true });
  const files = { corpus: join(dir, 'corpus.jsonl'), queries: join(dir, 'queries.jsonl'), qrels: join(dir, 'qrels', `${split}.tsv`) };
  writeFileSync(files.corpus, jsonLines(dataset.corpus.map((d) => ({ _id: d.id, title: d.title, text: d.text }))));
  writeFileSync(files.queries, jsonLines(dataset.queries.map((q) => ({ _id: q.id, text: q.text }))));
  const rows = ['query-id\tcorpus-id\tscore'];
  for (const [queryId, judgements] of dataset.qrels) {
    for (const [documentId, grade] of judgements) rows.push(`${queryId}\t${documentId}\t${grade}`);
  }
  writeFileSync(files.qrels, `${rows.join('\n')}\n`);
  return Object.values(files);
}

function jsonLines(records: readonly object[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + (records.length > 0 ? '\n' : '');
}
