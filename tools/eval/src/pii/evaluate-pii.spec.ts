import { evaluatePii, type SpanDetector } from './evaluate-pii';
import type { LabelledSample } from './presidio-dataset';

const samples: LabelledSample[] = [
  { index: 0, text: 'mail a@b.io now', gold: [{ type: 'EMAIL_ADDRESS', start: 5, end: 11 }] },
  { index: 3, text: 'or x.a@b.io', gold: [{ type: 'EMAIL_ADDRESS', start: 3, end: 11 }] },
  { index: 1, text: 'Ann lives at 1 Main St', gold: [{ type: 'PERSON', start: 0, end: 3 }, { type: 'STREET_ADDRESS', start: 13, end: 22 }] },
  { index: 2, text: 'version 1.2.3.4', gold: [] },
];

/** Finds the email, and takes the version number for an IP address. */
const detect: SpanDetector = (text) => [
  ...(text.includes('a@b.io') ? [{ type: 'EMAIL_ADDRESS', start: text.indexOf('a@b.io'), end: text.indexOf('a@b.io') + 6 }] : []),
  ...(text.includes('1.2.3.4') ? [{ type: 'IP_ADDRESS', start: 8, end: 15 }] : []),
];

describe('evaluatePii', () => {
  const evaluation = evaluatePii(samples, detect);

  it('tallies hits, misses and false alarms per type, types in name order', () => {
    expect([...evaluation.counts]).toEqual([
      ['EMAIL_ADDRESS', { tp: 2, fp: 0, fn: 0 }],
      ['IP_ADDRESS', { tp: 0, fp: 1, fn: 0 }],
      ['PERSON', { tp: 0, fp: 0, fn: 1 }],
      ['STREET_ADDRESS', { tp: 0, fp: 0, fn: 1 }],
    ]);
    expect(evaluation.samples).toBe(4);
  });

  it('counts the hits whose boundaries agree exactly with the gold span', () => {
    // "a@b.io" inside the labelled "x.a@b.io" overlaps, so it is a hit, but not an exact one.
    expect([...evaluation.exactHits]).toEqual([['EMAIL_ADDRESS', 1]]);
  });

  it('lists each error with its sample and the covered text', () => {
    expect(evaluation.errors.map((e) => [e.kind, e.sample, e.type, e.value])).toEqual([
      ['missed', 1, 'PERSON', 'Ann'],
      ['missed', 1, 'STREET_ADDRESS', '1 Main St'],
      ['false alarm', 2, 'IP_ADDRESS', '1.2.3.4'],
    ]);
  });
});
