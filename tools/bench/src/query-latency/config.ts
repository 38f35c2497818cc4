import { z } from 'zod';
import { parseBenchCommandLine } from '../command-line';

export const MODES = ['embedded', 'distributed'] as const;
export type Mode = (typeof MODES)[number];

export const DEFAULT_QUESTIONS = 40;
export const DEFAULT_JSON_QUESTIONS = 8;
export const DEFAULT_WARMUP = 4;
export const DEFAULT_CONCURRENCY = 1;
/** The gateway gives up on a JSON answer after 60 s (GATEWAY_ANSWER_TIMEOUT_MS); so do we. */
export const DEFAULT_TIMEOUT_SECONDS = 60;
/**
 * Per mode, for warm-up and measured questions together: past it no new question starts. It
 * bounds the run's length whatever state the system is in (a 2-core box, a slow build).
 */
export const DEFAULT_BUDGET_SECONDS = 150;

export const USAGE = `Usage: npm run bench:query -- [options]
       node -r ./tools/scripts/register-ts.cjs tools/bench/src/query-latency.bench.ts [options]

Measures what a customer waits for. Each question is one POST /v1/conversations/{id}/messages
with Accept: text/event-stream, timed from sending the request to the 'accepted' event, to the
first 'chunk' event and to 'done'; some questions go in JSON mode instead (timed to the whole
body). Each question gets a fresh customer and conversation (created outside the timing). Before
each question one GET /health/live on the same gateway is timed: the HTTP floor.

Modes, one after the other (the first is stopped before the next starts):
  embedded      apps/standalone/src/main.ts as a child process (PORT=0), its seeded demo
                tenant; customers come from GET /demo/session
  distributed   the eight service apps as processes (the e2e Platform) on a Kafka broker and a
                fresh PostgreSQL database (dropped at the end); a tenant is created and the same
                demo knowledge base uploaded through the API before timing starts

Per mode: warm-up questions (discarded), then the measured ones, drawn round-robin from a fixed
list of 20 English and Spanish questions about the demo shop. Results table on stdout, progress
on stderr, everything in tools/bench/results/query-latency-<UTC time>.json.

Options:
  --questions N     measured questions in SSE mode, per mode                (default ${DEFAULT_QUESTIONS})
  --json N          measured questions in JSON mode, spread among them      (default ${DEFAULT_JSON_QUESTIONS})
  --warmup N        warm-up SSE questions per mode (+1 in JSON mode)       (default ${DEFAULT_WARMUP})
  --modes LIST      comma-separated, run in the given order (default: ${MODES.join(',')})
  --concurrency N   questions in flight at once                             (default ${DEFAULT_CONCURRENCY})
  --timeout S       seconds one question may take before it counts as an error (default ${DEFAULT_TIMEOUT_SECONDS})
  --budget S        seconds per mode after which no new question starts; the
                    warm-up may use a quarter of it (default ${DEFAULT_BUDGET_SECONDS}); the table says
                    when a mode measured fewer questions than asked
  -h, --help        show this help

Environment:
  KAFKA_BROKERS     host:port[,host:port] for the distributed mode; when unset the bench runs
                    tools/infra/kafka/start.sh and stops the broker at the end if (and only if)
                    it started it
  DATABASE_URL      PostgreSQL admin URL for the distributed mode's database
                    (default postgres://postgres@127.0.0.1:5432/postgres)

Ctrl-C stops every process the bench started (and the broker, if it started it) and drops the
database.
`;

const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const optionsSchema = z.object({
  questions: count(1, 10_000),
  json: count(0, 10_000),
  warmup: count(0, 1_000),
  concurrency: count(1, 64),
  timeout: count(1, 600),
  budget: count(10, 86_400),
  modes: z
    .string()
    .transform((list) => [...new Set(list.split(',').map((m) => m.trim()).filter((m) => m !== ''))])
    .pipe(z.array(z.enum(MODES)).min(1)),
});

export type QueryBenchOptions = z.infer<typeof optionsSchema>;

export type QueryCommand = { readonly kind: 'help' } | { readonly kind: 'run'; readonly options: QueryBenchOptions };

export function parseQueryCommandLine(argv: readonly string[]): QueryCommand {
  return parseBenchCommandLine(argv, {
    questions: { type: 'string', default: String(DEFAULT_QUESTIONS) },
    json: { type: 'string', default: String(DEFAULT_JSON_QUESTIONS) },
    warmup: { type: 'string', default: String(DEFAULT_WARMUP) },
    concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
    timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_SECONDS) },
    budget: { type: 'string', default: String(DEFAULT_BUDGET_SECONDS) },
    modes: { type: 'string', default: MODES.join(',') },
  }, optionsSchema);
}
