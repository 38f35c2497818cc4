import { chunkFixedSize } from './fixed-size-chunker';
import { chunkerFor } from './chunking-strategy';
import { chunkByHeadings } from './heading-aware-chunker';

describe('chunkFixedSize', () => {
  const words = Array.from({ length: 25 }, (_, i) => `t${i}`).join(' ');

  it('cuts windows of max tokens that advance by max minus overlap', () => {
    const chunks = chunkFixedSize([{ path: ['A', 'B'], text: words }], { maxTokens: 10, overlapTokens: 3 });
    expect(chunks.map((chunk) => chunk.text)).toEqual([
      't0 t1 t2 t3 t4 t5 t6 t7 t8 t9',
      't7 t8 t9 t10 t11 t12 t13 t14 t15 t16',
      't14 t15 t16 t17 t18 t19 t20 t21 t22 t23',
      't21 t22 t23 t24',
    ]);
    expect(chunks.map((chunk) => chunk.tokenCount)).toEqual([10, 10, 10, 4]);
    expect(chunks.every((chunk) => chunk.section === 'A > B')).toBe(true);
  });

  it('restarts at each section and numbers chunks across the document', () => {
    const chunks = chunkFixedSize([{ path: ['A'], text: 'one two' }, { path: ['B'], text: 'three' }], { maxTokens: 10 });
    expect(chunks).toEqual([
      { index: 0, section: 'A', text: 'one two', tokenCount: 2 },
      { index: 1, section: 'B', text: 'three', tokenCount: 1 },
    ]);
  });
});

describe('chunkerFor', () => {
  it('maps strategies to chunkers, heading-aware by default', () => {
    expect(chunkerFor()).toBe(chunkByHeadings);
    expect(chunkerFor('fixed-size')).toBe(chunkFixedSize);
  });
});
