import type { CorpusDocument, EvalQuery } from './eval-dataset';
import type { LineProblem } from './dataset-error';

type Lines = Iterable<string> | AsyncIterable<string>;

/** What parsing one file gave: the records, the lines that had to be rejected, and doubtful ones. */
export interface Parsed<T> {
  readonly records: T[];
  readonly errors: LineProblem[];
  readonly warnings: LineProblem[];
}

/** `corpus.jsonl`: one `{"_id", "title", "text"}` object per line; a missing title is an empty one. */
export function parseCorpus(lines: Lines, file: string): Promise<Parsed<CorpusDocument>> {
  return parseJsonLines(lines, file, (record, problem) => {
    const id = idOf(record['_id']);
    if (id === undefined) return problem('"_id" must be a non-empty string or a number');
    const title = record['title'] ?? '';
    const text = record['text'];
    if (typeof title !== 'string') return problem(`"title" of ${id} must be a string`);
    if (typeof text !== 'string') return problem(`"text" of ${id} must be a string`);
    if (title.trim() === '' && text.trim() === '') return problem(`document ${id} has neither title nor text`);
    return { id, title, text };
  });
}

/** `queries.jsonl`: one `{"_id", "text"}` object per line (other fields, e.g. `metadata`, are ignored). */
export function parseQueries(lines: Lines, file: string): Promise<Parsed<EvalQuery>> {
  return parseJsonLines(lines, file, (record, problem) => {
    const id = idOf(record['_id']);
    if (id === undefined) return problem('"_id" must be a non-empty string or a number');
    const text = record['text'];
    if (typeof text !== 'string' || text.trim() === '') return problem(`"text" of query ${id} must be a non-empty string`);
    return { id, text };
  });
}

export interface Judgement {
  readonly queryId: string;
  readonly documentId: string;
  readonly grade: number;
  /** Where it was read, for later warnings. */
  readonly line: number;
}

const QRELS_HEADER = ['query-id', 'corpus-id', 'score'];

/** `qrels/<split>.tsv`: a `query-id corpus-id score` header, then one tab-separated judgement per line; grades are whole numbers. */
export async function parseQrels(lines: Lines, file: string): Promise<Parsed<Judgement>> {
  const result: Parsed<Judgement> = { records: [], errors: [], warnings: [] };
  const seen = new Set<string>();
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    const line = raw.replace(/\r$/, '');
    const problem = (message: string) => result.errors.push({ file, line: lineNumber, message });
    if (lineNumber === 1) {
      if (line.split('\t').join(' ') !== QRELS_HEADER.join(' ')) problem(`expected the header "${QRELS_HEADER.join('\\t')}"`);
      continue;
    }
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    if (fields.length !== 3) {
      problem(`expected 3 tab-separated fields, got ${fields.length}`);
      continue;
    }
    const [queryId, documentId, score] = fields.map((f) => f.trim()) as [string, string, string];
    if (queryId === '' || documentId === '') {
      problem('empty query-id or corpus-id');
      continue;
    }
    if (!/^-?\d+$/.test(score)) {
      problem(`score "${score}" is not a whole number`);
      continue;
    }
    const key = `${queryId}\t${documentId}`;
    if (seen.has(key)) result.warnings.push({ file, line: lineNumber, message: `${queryId} → ${documentId} judged again; the last grade counts` });
    seen.add(key);
    result.records.push({ queryId, documentId, grade: Number(score), line: lineNumber });
  }
  if (lineNumber === 0) result.errors.push({ file, line: 1, message: 'the file is empty (expected a header line)' });
  return result;
}

type RecordParser<T> = (record: Record<string, unknown>, problem: (message: string) => undefined) => T | undefined;

async function parseJsonLines<T extends { id: string }>(lines: Lines, file: string, parse: RecordParser<T>): Promise<Parsed<T>> {
  const result: Parsed<T> = { records: [], errors: [], warnings: [] };
  const firstLineOf = new Map<string, number>();
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const at = lineNumber;
    const problem = (message: string): undefined => {
      result.errors.push({ file, line: at, message });
      return undefined;
    };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problem(`not JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problem('expected a JSON object');
      continue;
    }
    const record = parse(value as Record<string, unknown>, problem);
    if (record === undefined) continue;
    const first = firstLineOf.get(record.id);
    if (first !== undefined) {
      problem(`duplicate _id ${record.id} (first on line ${first})`);
      continue;
    }
    firstLineOf.set(record.id, at);
    result.records.push(record);
  }
  return result;
}

/** BEIR ids are strings, but some exports write them as JSON numbers. */
function idOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
