import { sumCounts, type Counts } from './entity-metrics';
import type { LabelledSample, TypedSpan } from './presidio-dataset';
import { matchSpans } from './span-matching';

/** The system under test: a text in, typed spans out. */
export type SpanDetector = (text: string) => readonly TypedSpan[];

/** A miss or a false alarm, with the sample it came from, for `--show-errors`. */
export interface SpanError {
  readonly kind: 'missed' | 'false alarm';
  readonly sample: number;
  readonly type: string;
  readonly value: string;
  readonly text: string;
}

export interface PiiEvaluation {
  readonly samples: number;
  /** Every type that is labelled or predicted at least once, in name order. */
  readonly counts: ReadonlyMap<string, Counts>;
  /** Of the hits per type, those whose predicted span has exactly the gold boundaries. */
  readonly exactHits: ReadonlyMap<string, number>;
  readonly errors: readonly SpanError[];
}

/** Runs `detect` over each sample and tallies the matches (rule in {@link matchSpans}) per type. */
export function evaluatePii(samples: readonly LabelledSample[], detect: SpanDetector): PiiEvaluation {
  const perType = new Map<string, Counts[]>();
  const add = (type: string, counts: Counts) => perType.set(type, [...(perType.get(type) ?? []), counts]);
  const exactHits = new Map<string, number>();
  const errors: SpanError[] = [];
  for (const sample of samples) {
    const match = matchSpans(sample.gold, detect(sample.text));
    const error = (kind: SpanError['kind'], span: TypedSpan): SpanError => ({ kind, sample: sample.index, type: span.type, value: sample.text.slice(span.start, span.end), text: sample.text });
    for (const { gold, predicted } of match.truePositives) {
      add(gold.type, { tp: 1, fp: 0, fn: 0 });
      if (gold.start === predicted.start && gold.end === predicted.end) exactHits.set(gold.type, (exactHits.get(gold.type) ?? 0) + 1);
    }
    for (const span of match.falsePositives) {
      add(span.type, { tp: 0, fp: 1, fn: 0 });
      errors.push(error('false alarm', span));
    }
    for (const span of match.falseNegatives) {
      add(span.type, { tp: 0, fp: 0, fn: 1 });
      errors.push(error('missed', span));
    }
  }
  const counts = new Map([...perType.keys()].sort().map((type) => [type, sumCounts(perType.get(type) ?? [])] as const));
  return { samples: samples.length, counts, exactHits, errors };
}
