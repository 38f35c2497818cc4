import { parseArgs } from 'node:util';
import { DEFAULT_STACKFAQ_FILE } from '../config';
import { UsageError } from '@sagewire/cli-kit';

export const USAGE = `Usage: npm run eval:prompt-attacks -- [options]

Runs the guardrails prompt-attack detector on the attack set (tools/eval/src/prompt-attack/
attacks.jsonl) and on two benign sets: the StackFAQ paraphrased questions and hand-written
support messages that use words attacks also use. Prints detection rates (overall, held-out
split, per category, per language), false-positive rates and latency per message.

Options:
  --json FILE       also write every figure and each message's outcome as JSON
  --show-errors     list the missed attacks of the tuning split and every false positive
  --show-held-out   also list the missed held-out attacks (only once tuning is over: looking
                    at them while changing the patterns spoils the held-out figure)
  --file FILE       the StackFAQ JSON (default ../shared/data/stackfaq/stackExchange-FAQ.json)
  -h, --help        show this help
`;

export interface PromptAttackEvalOptions {
  readonly json: string | undefined;
  readonly showErrors: boolean;
  readonly showHeldOut: boolean;
  readonly stackfaqFile: string;
}

/** Tools' usage errors are the kit's, so `optionsOrExitCode` recognises them. */
export { UsageError };

export function parseCommandLine(argv: readonly string[]): { kind: 'help' } | { kind: 'run'; options: PromptAttackEvalOptions } {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        help: { type: 'boolean', short: 'h' },
        json: { type: 'string' },
        'show-errors': { type: 'boolean', default: false },
        'show-held-out': { type: 'boolean', default: false },
        file: { type: 'string', default: DEFAULT_STACKFAQ_FILE },
      },
    });
    if (values.help === true) return { kind: 'help' };
    if (values.json === '') throw new UsageError('--json needs a file name');
    return { kind: 'run', options: { json: values.json, showErrors: values['show-errors'], showHeldOut: values['show-held-out'], stackfaqFile: values.file } };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
