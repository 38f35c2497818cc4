import { z } from 'zod';
import { parseBenchCommandLine, type BenchCommand } from '../command-line';

export const DEFAULT_DOCS = 50_000;
export const DEFAULT_QUERIES = 200;
export const DEFAULT_ROUNDS = 5;
export const DEFAULT_SEED = 42;
/** Documents per replaceDocuments call. */
export const DEFAULT_BATCH = 500;
export const DEFAULT_OPENSEARCH_URL = 'http://127.0.0.1:19200';
const BACKEND_CHOICES = ['embedded', 'opensearch', 'both'] as const;

export const USAGE = `Usage: npm run bench:retrieval -- [options]

Generates --docs help-centre-like documents (StackFAQ answers recombined with a seeded PRNG,
five tenants holding 40/25/20/10/5 %), ingests them into each backend through the SearchBackend
port (chunking and embedding included, in batches), then times queries (StackFAQ paraphrases)
in hybrid, bm25 and vector mode over a warm-up and --rounds measured rounds. Results table on
stdout, progress on stderr, JSON in tools/bench/results/retrieval-scale-<UTC time>.json.

Options:
  --backend NAME        embedded | opensearch | both (default embedded)
  --docs N              documents to generate and ingest        (default ${DEFAULT_DOCS})
  --queries N           queries per mode and round              (default ${DEFAULT_QUERIES})
  --rounds N            measured query rounds after one warm-up (default ${DEFAULT_ROUNDS})
  --seed N              seed of the corpus and the queries      (default ${DEFAULT_SEED})
  --batch N             documents per replaceDocuments call     (default ${DEFAULT_BATCH})
  --opensearch-url URL  (default $OPENSEARCH_URL or ${DEFAULT_OPENSEARCH_URL}; start a node with
                        npm run opensearch:start)
  -h, --help            show this help

Run through npm (node --expose-gc) so memory figures are taken after a full collection.
`;

const count = (max: number) => z.coerce.number().int().min(1).max(max);
const optionsSchema = z.object({
  backend: z.enum(BACKEND_CHOICES).transform((b) => (b === 'both' ? (['embedded', 'opensearch'] as const) : ([b] as const))),
  docs: count(5_000_000),
  queries: count(100_000),
  rounds: count(100),
  seed: z.coerce.number().int().min(0).max(2 ** 32 - 1),
  batch: count(10_000),
  'opensearch-url': z.url(),
});

export type RetrievalBenchOptions = z.infer<typeof optionsSchema>;

export function parseRetrievalCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv): BenchCommand<RetrievalBenchOptions> {
  return parseBenchCommandLine(argv, {
    backend: { type: 'string', default: 'embedded' },
    docs: { type: 'string', default: String(DEFAULT_DOCS) },
    queries: { type: 'string', default: String(DEFAULT_QUERIES) },
    rounds: { type: 'string', default: String(DEFAULT_ROUNDS) },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    batch: { type: 'string', default: String(DEFAULT_BATCH) },
    'opensearch-url': { type: 'string', default: env['OPENSEARCH_URL'] || DEFAULT_OPENSEARCH_URL },
  }, optionsSchema);
}
