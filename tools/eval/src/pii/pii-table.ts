import { scoresOf, sumCounts, type Counts } from './entity-metrics';
import type { PiiEvaluation, SpanError } from './evaluate-pii';

const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

export interface TableRow {
  readonly type: string;
  readonly counts: Counts;
  /** Hits with exactly the gold boundaries. */
  readonly exact: number;
  readonly note: string;
}

/**
 * The rows in reading order: the structured types (always, even when absent from the data),
 * their micro-average, then every other type seen, by name. A type the detector cannot emit
 * is marked "not detected" so its recall of 0 reads as a gap in coverage, not a bug.
 */
export function tableRows(
  { counts, exactHits }: Pick<PiiEvaluation, 'counts' | 'exactHits'>,
  structured: readonly string[],
  detected: ReadonlySet<string>,
): TableRow[] {
  const note = (type: string) => (detected.has(type) ? '' : 'not detected');
  const row = (type: string): TableRow => ({ type, counts: counts.get(type) ?? ZERO, exact: exactHits.get(type) ?? 0, note: note(type) });
  const micro: TableRow = {
    type: `micro (${structured.length} structured)`,
    counts: sumCounts(structured.map((t) => counts.get(t) ?? ZERO)),
    exact: structured.reduce((n, t) => n + (exactHits.get(t) ?? 0), 0),
    note: '',
  };
  const others = [...counts.keys()].filter((t) => !structured.includes(t)).sort();
  return [...structured.map(row), micro, ...others.map(row)];
}

const fraction = (value: number | undefined): string => (value === undefined ? '–' : value.toFixed(3));

export function renderPiiTable(rows: readonly TableRow[]): string {
  const header = ['type', 'P', 'R', 'F1', 'TP', 'FP', 'FN', 'exact', 'note'];
  const cells = rows.map(({ type, counts, exact, note }) => {
    const s = scoresOf(counts);
    return [type, fraction(s.precision), fraction(s.recall), fraction(s.f1), String(counts.tp), String(counts.fp), String(counts.fn), String(exact), note];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...cells].map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** One line per error: kind, type, the covered text, and the sentence around it (one line). */
export function renderErrors(errors: readonly SpanError[], types: ReadonlySet<string>): string {
  const shown = errors.filter((e) => types.has(e.type));
  if (shown.length === 0) return 'no errors on these types';
  return shown.map((e) => `#${e.sample} ${e.kind} ${e.type} ${JSON.stringify(e.value)}  in ${JSON.stringify(e.text.replace(/\s+/g, ' '))}`).join('\n');
}
