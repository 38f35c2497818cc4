import { renderPiiTable, tableRows } from './pii-table';

describe('tableRows', () => {
  const counts = new Map([
    ['EMAIL_ADDRESS', { tp: 9, fp: 1, fn: 1 }],
    ['PERSON', { tp: 0, fp: 0, fn: 4 }],
  ]);
  const rows = tableRows({ counts, exactHits: new Map([['EMAIL_ADDRESS', 8]]) }, ['EMAIL_ADDRESS', 'US_SSN'], new Set(['EMAIL_ADDRESS', 'US_SSN']));

  it('lists every structured type, their micro-average, then the other types', () => {
    expect(rows.map((r) => r.type)).toEqual(['EMAIL_ADDRESS', 'US_SSN', 'micro (2 structured)', 'PERSON']);
    expect(rows[2]).toMatchObject({ counts: { tp: 9, fp: 1, fn: 1 }, exact: 8 });
  });

  it('marks a type the detector cannot emit as not detected', () => {
    expect(rows.map((r) => r.note)).toEqual(['', '', '', 'not detected']);
  });

  it('renders scores with three decimals and a dash where undefined', () => {
    const table = renderPiiTable(rows).split('\n');
    expect(table[0]).toMatch(/^type\s+P\s+R\s+F1\s+TP\s+FP\s+FN\s+exact\s+note$/);
    expect(table[2]).toMatch(/^EMAIL_ADDRESS\s+0\.900\s+0\.900\s+0\.900\s+9\s+1\s+1\s+8$/);
    expect(table[3]).toMatch(/^US_SSN\s+–\s+–\s+–\s+0\s+0\s+0\s+0$/);
    expect(table[5]).toMatch(/^PERSON\s+–\s+0\.000\s+0\.000\s+0\s+0\s+4\s+0\s+not detected$/);
  });
});
