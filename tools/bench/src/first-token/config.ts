import { z } from 'zod';
import { parseBenchCommandLine } from '../command-line';
import { DISTINCT_QUESTIONS } from './questions';

/** A first token after 300 ms is a fast hosted model's; 20 ms between ~3-word chunks is its pace. */
export const DEFAULT_FIRST_TOKEN_DELAY_MS = 300;
export const DEFAULT_CHUNK_DELAY_MS = 20;
export const DEFAULT_QUESTIONS = 60;
export const DEFAULT_WARMUP = 5;
/**
 * Under the generation service's first-token and idle timeouts (15 s each by default) and, for
 * an answer of some twenty chunks, its 45 s call timeout: past them the bench would time the
 * platform giving up, not answering.
 */
const MAX_FIRST_TOKEN_DELAY_MS = 10_000;
const MAX_CHUNK_DELAY_MS = 1_000;

export const USAGE = `Usage: npm run bench:first-token -- [options]
       node --expose-gc -r ./tools/scripts/register-ts.cjs tools/bench/src/first-token.bench.ts [options]

What the platform adds to a model's time to first token and to the whole answer. A local
Bedrock (libs/bedrock-local) answers every call with a fixed first-token delay and a fixed
delay between chunks; the embedded mode (what npm start runs) is pointed at it with the response
cache off. Then, question by question:
  platform   the question as a customer asks it (POST .../messages, Accept: text/event-stream),
             timed to the first 'chunk' event (a screened sentence) and to 'done'
  baseline   the very ConverseStream request the platform just sent, sent again from this
             process with the AWS SDK to the same server, timed to the first text delta, to the
             end of the first sentence and to the end of the stream
Added time = platform - baseline, per question: first chunk vs the baseline's first sentence
(nothing is shown before a sentence is screened), done vs the baseline's end of stream.

Warm-up questions are discarded. Every question is distinct (EN and ES, answerable from the
demo help centre). Table on stdout, progress on stderr, every sample in
tools/bench/results/first-token-<UTC time>.json.

Options:
  --first-token-delay MS  the model's time to first token, at most ${MAX_FIRST_TOKEN_DELAY_MS}   (default ${DEFAULT_FIRST_TOKEN_DELAY_MS})
  --chunk-delay MS        its pause between streamed chunks, at most ${MAX_CHUNK_DELAY_MS}  (default ${DEFAULT_CHUNK_DELAY_MS})
  --questions N           measured questions                               (default ${DEFAULT_QUESTIONS})
  --warmup N              warm-up questions, discarded                     (default ${DEFAULT_WARMUP})
  --json FILE             also write the results document to FILE
  -h, --help              show this help

--questions + --warmup may not exceed ${DISTINCT_QUESTIONS}, the number of distinct questions.
Ctrl-C stops the embedded mode and the local Bedrock.
`;

const wholeMs = (max: number) => z.coerce.number().int().min(0).max(max);

const optionsSchema = z
  .object({
    'first-token-delay': wholeMs(MAX_FIRST_TOKEN_DELAY_MS),
    'chunk-delay': wholeMs(MAX_CHUNK_DELAY_MS),
    questions: z.coerce.number().int().min(1),
    warmup: z.coerce.number().int().min(0),
    json: z.string().min(1).optional(),
  })
  .refine((o) => o.questions + o.warmup <= DISTINCT_QUESTIONS, { message: `--questions + --warmup may not exceed ${DISTINCT_QUESTIONS} (the distinct questions)` })
  .transform((o) => ({ firstTokenDelayMs: o['first-token-delay'], chunkDelayMs: o['chunk-delay'], questions: o.questions, warmup: o.warmup, json: o.json }));

export type FirstTokenOptions = z.infer<typeof optionsSchema>;

export function parseFirstTokenCommandLine(argv: readonly string[]) {
  return parseBenchCommandLine(argv, {
    'first-token-delay': { type: 'string', default: String(DEFAULT_FIRST_TOKEN_DELAY_MS) },
    'chunk-delay': { type: 'string', default: String(DEFAULT_CHUNK_DELAY_MS) },
    questions: { type: 'string', default: String(DEFAULT_QUESTIONS) },
    warmup: { type: 'string', default: String(DEFAULT_WARMUP) },
    json: { type: 'string' },
  }, optionsSchema);
}
