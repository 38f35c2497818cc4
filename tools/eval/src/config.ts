import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { STACKFAQ_UNITS } from './dataset/stackfaq';
import { BACKENDS } from './run/open-backend';
import { UsageError } from '@sagewire/cli-kit';

/** The workspace's shared data folder sits beside the repository (see ../shared/data/README.md). */
export const DEFAULT_STACKFAQ_FILE = resolve(__dirname, '../../../../shared/data/stackfaq/stackExchange-FAQ.json');
export const DEFAULT_OPENSEARCH_URL = 'http://127.0.0.1:19200';
export const DEFAULT_CUTOFFS = '1,5,10';
/** The most the retrieval contract lets a caller ask for; enough chunks for ten distinct documents. */
export const DEFAULT_TOP_K = 100;
export const DEFAULT_SPLIT = 'test';

export const USAGE = `Usage: npm run eval -- stackfaq [options]          evaluate on StackFAQ (../shared/data/stackfaq)
       npm run eval -- stackfaq --write-beir DIR     only convert StackFAQ to BEIR files in DIR
       npm run eval -- beir DIR [options]            evaluate on any BEIR folder

Indexes the corpus (title + text, chunked and embedded as the services do) into a search
backend, runs every judged query in bm25, vector and hybrid mode, and prints Recall@k, MRR,
nDCG and per-query latency. Progress on stderr, the table on stdout.

Options:
  --backend NAME        ${BACKENDS.join(' | ')} (default embedded)
  --k LIST              Recall cutoffs, comma-separated; MRR and nDCG use the largest (default ${DEFAULT_CUTOFFS})
  --top-k N             chunks asked of the backend per query (default ${DEFAULT_TOP_K}, the contract's maximum)
  --limit-queries N     evaluate only the first N judged queries
  --json FILE           also write every figure and per-query result as JSON
  --opensearch-url URL  OpenSearch node (default $OPENSEARCH_URL or ${DEFAULT_OPENSEARCH_URL})
  -h, --help            show this help
stackfaq only:
  --unit UNIT           ${STACKFAQ_UNITS.join(' | ')}: one document per thread (question as title, answers
                        as text; the default) or per answer (question as title)
  --file FILE           the StackFAQ JSON (default ../shared/data/stackfaq/stackExchange-FAQ.json)
  --write-beir DIR      write the converted data set as BEIR files and stop
beir only:
  --split NAME          qrels/NAME.tsv (default ${DEFAULT_SPLIT})
`;

/** Tools' usage errors are the kit's, so `optionsOrExitCode` recognises them. */
export { UsageError };

const count = z.coerce.number().int().min(1);
const common = {
  backend: z.enum(BACKENDS),
  k: z
    .string()
    .transform((list) => [...new Set(list.split(',').map((k) => Number(k.trim())))].sort((a, b) => a - b))
    .pipe(z.array(z.number().int().min(1).max(1000)).min(1)),
  'top-k': count.max(1000),
  'limit-queries': count.optional(),
  json: z.string().min(1).optional(),
  'opensearch-url': z.url(),
};
const stackfaqSchema = z.object({ command: z.literal('stackfaq'), unit: z.enum(STACKFAQ_UNITS), file: z.string().min(1), 'write-beir': z.string().min(1).optional(), ...common });
const beirSchema = z.object({ command: z.literal('beir'), dir: z.string().min(1, 'beir needs the folder: beir DIR'), split: z.string().min(1), ...common });

export type EvalOptions = z.infer<typeof stackfaqSchema> | z.infer<typeof beirSchema>;
export type Command = { readonly kind: 'help' } | { readonly kind: 'run'; readonly options: EvalOptions };

const STACKFAQ_ONLY = ['unit', 'file', 'write-beir'];
const BEIR_ONLY = ['split'];

export function parseCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv): Command {
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        backend: { type: 'string', default: 'embedded' },
        k: { type: 'string', default: DEFAULT_CUTOFFS },
        'top-k': { type: 'string', default: String(DEFAULT_TOP_K) },
        'limit-queries': { type: 'string' },
        json: { type: 'string' },
        'opensearch-url': { type: 'string', default: env['OPENSEARCH_URL'] || DEFAULT_OPENSEARCH_URL },
        unit: { type: 'string' },
        file: { type: 'string' },
        'write-beir': { type: 'string' },
        split: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values['help'] === true) return { kind: 'help' };
  const [command, dir, ...extra] = positionals;
  if (command !== 'stackfaq' && command !== 'beir') throw new UsageError(command === undefined ? 'name a data set: stackfaq or beir DIR' : `unknown command "${command}" (expected stackfaq or beir)`);
  if (extra.length > 0 || (command === 'stackfaq' && dir !== undefined)) throw new UsageError(`unexpected argument "${[dir, ...extra].filter(Boolean).join(' ')}"`);
  const foreign = (command === 'beir' ? STACKFAQ_ONLY : BEIR_ONLY).filter((name) => values[name] !== undefined);
  if (foreign.length > 0) throw new UsageError(`--${foreign.join(', --')} does not apply to ${command}`);

  const parsed =
    command === 'stackfaq'
      ? stackfaqSchema.safeParse({ ...values, command, unit: values['unit'] ?? 'thread', file: values['file'] ?? DEFAULT_STACKFAQ_FILE })
      : beirSchema.safeParse({ ...values, command, dir: dir ?? '', split: values['split'] ?? DEFAULT_SPLIT });
  if (!parsed.success) throw new UsageError(z.prettifyError(parsed.error));
  return { kind: 'run', options: parsed.data };
}
