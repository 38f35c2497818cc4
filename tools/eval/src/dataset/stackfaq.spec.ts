import { DatasetError } from './dataset-error';
import { judgedQueries } from './eval-dataset';
import { stackFaqDataset } from './stackfaq';

/** The file's shape, with the quirks of its XML export: a single answer as a bare string, null and `*` paraphrase slots. */
const SAMPLE = {
  root: {
    qapair: [
      { question: 'How do I delete my Facebook account?', answer: ['Go to Settings.', 'Use the delete page.'], rephr: ['Removing my FB account.', '*', null, 'Deleting FB acc.'] },
      { question: 'Strikethrough in Gmail?', answer: 'There is no native way.', rephr: 'Crossing out text in gmail.' },
    ],
  },
};

describe('StackFAQ conversion', () => {
  it('one document per thread: question as title, answers as paragraphs; each paraphrase judged relevant to its own thread only', () => {
    const dataset = stackFaqDataset(SAMPLE, 'thread');
    expect(dataset.corpus).toEqual([
      { id: 't001', title: 'How do I delete my Facebook account?', text: 'Go to Settings.\n\nUse the delete page.' },
      { id: 't002', title: 'Strikethrough in Gmail?', text: 'There is no native way.' },
    ]);
    expect(dataset.queries).toEqual([
      { id: 't001-q01', text: 'Removing my FB account.' },
      { id: 't001-q04', text: 'Deleting FB acc.' },
      { id: 't002-q01', text: 'Crossing out text in gmail.' },
    ]);
    expect([...dataset.qrels.get('t001-q04')!]).toEqual([['t001', 1]]);
    expect(judgedQueries(dataset)).toHaveLength(3);
  });

  it('one document per answer: every answer of the thread is relevant', () => {
    const dataset = stackFaqDataset(SAMPLE, 'answer');
    expect(dataset.corpus.map((d) => [d.id, d.title])).toEqual([
      ['t001-a1', 'How do I delete my Facebook account?'],
      ['t001-a2', 'How do I delete my Facebook account?'],
      ['t002-a1', 'Strikethrough in Gmail?'],
    ]);
    expect([...dataset.qrels.get('t001-q01')!]).toEqual([['t001-a1', 1], ['t001-a2', 1]]);
  });

  it('rejects another structure, naming what it expected', () => {
    expect(() => stackFaqDataset({ qapair: [] }, 'thread')).toThrow(DatasetError);
    expect(() => stackFaqDataset({ qapair: [] }, 'thread')).toThrow(/root: \{qapair/);
  });
});
