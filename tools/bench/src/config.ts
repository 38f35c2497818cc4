import { z } from 'zod';
import { parseBenchCommandLine, UsageError } from './command-line';

export const ADAPTERS = ['in-memory', 'kafka', 'kafkajs-raw'] as const;
export type AdapterName = (typeof ADAPTERS)[number];

/** Adapters that need a broker. */
export const KAFKA_ADAPTERS: readonly AdapterName[] = ['kafka', 'kafkajs-raw'];

export const DEFAULT_RUNS = 5;
export const DEFAULT_EVENTS = 2000;
export const DEFAULT_SIZE_BYTES = 1024;
export const DEFAULT_BATCH = 100;

/**
 * The broker refuses a record batch over `message.max.bytes` (1 MB by default) and a publish
 * call can land on one partition whole, so one call must fit.
 */
const MAX_PUBLISH_CALL_BYTES = 900_000;

export const USAGE = `Usage: npx tsx tools/bench/src/bus-latency.bench.ts [options]

Measures the EventBus adapters: publish->consume latency of events published one at a time,
and throughput of events published in batches. Results table on stdout, progress on stderr,
JSON in tools/bench/results/bus-latency-<date>.json.

Options:
  --runs N          measured runs per figure, after one discarded warm-up   (default ${DEFAULT_RUNS})
  --events N        events per run                                          (default ${DEFAULT_EVENTS})
  --size BYTES      payload bytes per event                                 (default ${DEFAULT_SIZE_BYTES})
  --batch N         events per publish call in the throughput phase         (default ${DEFAULT_BATCH})
  --adapters LIST   comma-separated: ${ADAPTERS.join(',')} (default: all)
  -h, --help        show this help

Environment:
  KAFKA_BROKERS     host:port[,host:port]; when unset the bench runs tools/infra/kafka/start.sh
                    and stops the broker at the end if (and only if) it started it
`;

const count = (max: number) => z.coerce.number().int().min(1).max(max);

const optionsSchema = z
  .object({
    runs: count(100),
    events: count(1_000_000),
    size: count(MAX_PUBLISH_CALL_BYTES),
    batch: count(10_000),
    adapters: z
      .string()
      .transform((list) => [...new Set(list.split(',').map((a) => a.trim()).filter((a) => a !== ''))])
      .pipe(z.array(z.enum(ADAPTERS)).min(1)),
  })
  .refine((o) => o.size * o.batch <= MAX_PUBLISH_CALL_BYTES, {
    message: `--size x --batch must stay under ${MAX_PUBLISH_CALL_BYTES} bytes (the broker's message.max.bytes)`,
  });

export type BenchOptions = z.infer<typeof optionsSchema>;

export type Command = { readonly kind: 'help' } | { readonly kind: 'run'; readonly options: BenchOptions };

export { UsageError };

export function parseCommandLine(argv: readonly string[]): Command {
  return parseBenchCommandLine(argv, {
    runs: { type: 'string', default: String(DEFAULT_RUNS) },
    events: { type: 'string', default: String(DEFAULT_EVENTS) },
    size: { type: 'string', default: String(DEFAULT_SIZE_BYTES) },
    batch: { type: 'string', default: String(DEFAULT_BATCH) },
    adapters: { type: 'string', default: ADAPTERS.join(',') },
  }, optionsSchema);
}

const brokersSchema = z
  .string()
  .transform((list) => list.split(',').map((b) => b.trim()).filter((b) => b !== ''))
  .pipe(z.array(z.string().regex(/^[^\s:]+:\d+$/, 'expected host:port')).min(1));

/** KAFKA_BROKERS, validated; undefined when unset or empty (the bench then starts a broker). */
export function brokersFromEnv(env: NodeJS.ProcessEnv): string[] | undefined {
  const raw = env['KAFKA_BROKERS'];
  if (raw === undefined || raw.trim() === '') return undefined;
  const parsed = brokersSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`KAFKA_BROKERS: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
