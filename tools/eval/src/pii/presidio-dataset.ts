import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DatasetError } from '../dataset/dataset-error';

/** A labelled entity: `[start, end)` character offsets into the sample's text. */
export interface TypedSpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** One sentence of the data set with its gold spans, typed with Presidio's entity names. */
export interface LabelledSample {
  /** Position in the file, 0-based, to find the sample again. */
  readonly index: number;
  readonly text: string;
  readonly gold: readonly TypedSpan[];
}

/** presidio-research's synth_dataset_v2 format; fields the evaluation does not use are ignored. */
const sampleSchema = z.object({
  full_text: z.string(),
  spans: z.array(
    z.object({
      entity_type: z.string().min(1),
      entity_value: z.string(),
      start_position: z.number().int().min(0),
      end_position: z.number().int().min(0),
    }),
  ),
});

/**
 * Reads and checks a Presidio-format JSON file. Every span must lie inside its text and cover
 * exactly its `entity_value`, or offsets would be silently wrong; problems name the sample.
 */
export function readPresidioSamples(file: string): LabelledSample[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DatasetError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = z.array(sampleSchema).safeParse(raw);
  if (!parsed.success) throw new DatasetError(`${file} is not a Presidio sample list:\n${z.prettifyError(parsed.error)}`);
  return parsed.data.map((sample, index) => {
    const gold = sample.spans.map((span) => {
      const covered = sample.full_text.slice(span.start_position, span.end_position);
      if (span.end_position <= span.start_position || covered !== span.entity_value) {
        throw new DatasetError(`${file}: sample ${index}: span ${span.start_position}-${span.end_position} covers ${JSON.stringify(covered)}, labelled ${JSON.stringify(span.entity_value)}`);
      }
      return { type: span.entity_type, start: span.start_position, end: span.end_position };
    });
    return { index, text: sample.full_text, gold };
  });
}
