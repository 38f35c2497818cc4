import { parseCorpus, parseQrels, parseQueries } from './beir-parse';

describe('BEIR corpus.jsonl', () => {
  it('reads documents, numeric ids as strings and a missing title as empty', async () => {
    const parsed = await parseCorpus(['{"_id": "d1", "title": "Refunds", "text": "Within 30 days."}', '', '{"_id": 7, "text": "No title here."}'], 'corpus.jsonl');
    expect(parsed.errors).toEqual([]);
    expect(parsed.records).toEqual([
      { id: 'd1', title: 'Refunds', text: 'Within 30 days.' },
      { id: '7', title: '', text: 'No title here.' },
    ]);
  });

  it('reports every bad line with its file and 1-based line number, and keeps the good ones', async () => {
    const parsed = await parseCorpus(
      ['{"_id": "a", "text": "ok"}', 'not json', '[1, 2]', '{"title": "no id", "text": "x"}', '{"_id": "b", "text": 3}', '{"_id": "a", "text": "again"}', '{"_id": "c", "title": " ", "text": ""}'],
      'data/corpus.jsonl',
    );
    expect(parsed.records.map((r) => r.id)).toEqual(['a']);
    expect(parsed.errors.map((e) => `${e.file}:${e.line}`)).toEqual(['data/corpus.jsonl:2', 'data/corpus.jsonl:3', 'data/corpus.jsonl:4', 'data/corpus.jsonl:5', 'data/corpus.jsonl:6', 'data/corpus.jsonl:7']);
    expect(parsed.errors[4]!.message).toBe('duplicate _id a (first on line 1)');
  });
});

describe('BEIR queries.jsonl', () => {
  it('needs an id and a non-empty text; extra fields are ignored', async () => {
    const parsed = await parseQueries(['{"_id": "q1", "text": "how do I get a refund?", "metadata": {}}', '{"_id": "q2", "text": "  "}'], 'queries.jsonl');
    expect(parsed.records).toEqual([{ id: 'q1', text: 'how do I get a refund?' }]);
    expect(parsed.errors).toEqual([{ file: 'queries.jsonl', line: 2, message: '"text" of query q2 must be a non-empty string' }]);
  });
});

describe('BEIR qrels/<split>.tsv', () => {
  it('reads graded judgements after the header, with their line numbers', async () => {
    const parsed = await parseQrels(['query-id\tcorpus-id\tscore', 'q1\td1\t2', '', 'q1\td2\t0'], 'qrels/test.tsv');
    expect(parsed.errors).toEqual([]);
    expect(parsed.records).toEqual([
      { queryId: 'q1', documentId: 'd1', grade: 2, line: 2 },
      { queryId: 'q1', documentId: 'd2', grade: 0, line: 4 },
    ]);
  });

  it('rejects a wrong header, a wrong field count and a score that is not a whole number', async () => {
    const parsed = await parseQrels(['qid\tdocid\tscore', 'q1 d1 1', 'q1\td1\t0.5', 'q1\t\t1'], 'qrels/test.tsv');
    expect(parsed.errors.map((e) => e.line)).toEqual([1, 2, 3, 4]);
    expect(parsed.records).toEqual([]);
  });

  it('warns about a judgement given twice (the last grade counts)', async () => {
    const parsed = await parseQrels(['query-id\tcorpus-id\tscore', 'q1\td1\t1', 'q1\td1\t2'], 'qrels/test.tsv');
    expect(parsed.warnings).toEqual([{ file: 'qrels/test.tsv', line: 3, message: 'q1 → d1 judged again; the last grade counts' }]);
  });

  it('reports an empty file', async () => {
    expect((await parseQrels([], 'qrels/test.tsv')).errors).toEqual([{ file: 'qrels/test.tsv', line: 1, message: 'the file is empty (expected a header line)' }]);
  });
});
