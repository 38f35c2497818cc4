import { z } from 'zod';
import { parseBenchCommandLine, type BenchCommand } from '../command-line';

export const DEFAULT_ROUNDS = 5;
export const DEFAULT_SEED = 42;
/** Answers composed per round for the whole-answer figures. */
export const DEFAULT_ANSWERS = 400;
/** Sentences per composed answer: "a typical answer" in the issue. */
export const ANSWER_SENTENCES = 6;

export const USAGE = `Usage: npm run bench:screening -- [options]

Times the guardrails' pure screening functions in this process, call by call, on StackFAQ text:
the input screen on the paraphrased questions (plain, and again with an email, a phone number
and a card number inserted), the per-sentence output screen on the answers' sentences (without
passages, as when the first chunk was lost, and against the thread's answers as passages, as the stream does), and the stream and
whole-answer screens of ${ANSWER_SENTENCES}-sentence answers. Each group has a baseline (the sentence splitter
alone on the same text). One warm-up round, then --rounds measured rounds. Results table on
stdout, progress on stderr, JSON in tools/bench/results/screening-latency-<UTC time>.json.

Options:
  --rounds N   measured rounds after one warm-up            (default ${DEFAULT_ROUNDS})
  --limit N    at most N inputs per input set and round     (default: all; answers ${DEFAULT_ANSWERS})
  --seed N     seed of the PII inserted, the input order and the answers (default ${DEFAULT_SEED})
  -h, --help   show this help

Run through npm (node --expose-gc) so each operation starts after a full collection.
`;

const count = (max: number) => z.coerce.number().int().min(1).max(max);
const optionsSchema = z.object({
  rounds: count(100),
  limit: count(1_000_000).optional(),
  seed: z.coerce.number().int().min(0).max(2 ** 32 - 1),
});

export type ScreeningBenchOptions = z.infer<typeof optionsSchema>;

export function parseScreeningCommandLine(argv: readonly string[]): BenchCommand<ScreeningBenchOptions> {
  return parseBenchCommandLine(argv, {
    rounds: { type: 'string', default: String(DEFAULT_ROUNDS) },
    limit: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
  }, optionsSchema);
}
