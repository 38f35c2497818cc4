import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../config';

/** The workspace's shared data folder sits beside the repository (see ../shared/data/README.md). */
export const DEFAULT_PII_FILE = resolve(__dirname, '../../../../../shared/data/pii/presidio-synth-dev.json');

export const PII_USAGE = `Usage: npm run eval:pii -- [options]

Runs the guardrails PII detector (detectPii) over each sample's full_text and prints precision,
recall and F1 per Presidio entity type, matching a predicted span to a labelled one of the same
type when they share at least one character (each labelled span matched at most once).

Options:
  --file FILE      Presidio-format JSON (default ../shared/data/pii/presidio-synth-dev.json)
  --json FILE      also write the counts, scores and every error as JSON
  --show-errors    list the misses and false alarms of the types the detector emits
  -h, --help       show this help
`;

export interface PiiEvalOptions {
  readonly file: string;
  readonly json: string | undefined;
  readonly showErrors: boolean;
}

export type PiiCommand = { readonly kind: 'help' } | { readonly kind: 'run'; readonly options: PiiEvalOptions };

export function parsePiiCommandLine(argv: readonly string[]): PiiCommand {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        file: { type: 'string', default: DEFAULT_PII_FILE },
        json: { type: 'string' },
        'show-errors': { type: 'boolean', default: false },
      },
    });
    if (values.help === true) return { kind: 'help' };
    if (values.file === '' || values.json === '') throw new UsageError('--file and --json need a file name');
    return { kind: 'run', options: { file: values.file, json: values.json, showErrors: values['show-errors'] } };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
