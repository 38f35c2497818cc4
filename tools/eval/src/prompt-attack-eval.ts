/**
 * Prompt-attack evaluation: the guardrails detector on a hand-written attack set and two benign
 * sets; prints detection, false-positive rates and latency. Composition root: the command line
 * is read here only. See tools/eval/README.md.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { optionsOrExitCode, runTool } from '@sagewire/cli-kit';
import { detectPromptAttack } from '@sagewire/guardrails';
import { DatasetError } from './dataset/dataset-error';
import { parseCommandLine, USAGE, type PromptAttackEvalOptions } from './prompt-attack/command-line';
import { evaluatePromptAttacks, type MessageSets } from './prompt-attack/evaluate';
import { readAttacks, readBenignMessages, readStackFaqQuestions } from './prompt-attack/message-sets';
import { renderErrors, renderReport } from './prompt-attack/render-report';

function main(argv: readonly string[]): number {
  const options = optionsOrExitCode<PromptAttackEvalOptions>(() => parseCommandLine(argv), USAGE);
  if (typeof options === 'number') return options;

  let sets: MessageSets;
  try {
    sets = { attacks: readAttacks(), stackfaq: readStackFaqQuestions(options.stackfaqFile), benign: readBenignMessages() };
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return 1;
  }
  const report = evaluatePromptAttacks(sets, detectPromptAttack, () => performance.now());
  process.stdout.write(`${renderReport(sets, report)}\n`);
  if (options.showErrors || options.showHeldOut) process.stdout.write(`\n${renderErrors(sets, report, options.showHeldOut)}\n`);
  if (options.json !== undefined) {
    writeFileSync(options.json, `${JSON.stringify({ sizes: { attacks: sets.attacks.length, stackfaq: sets.stackfaq.length, benign: sets.benign.length }, ...report }, null, 2)}\n`);
    process.stderr.write(`JSON: ${options.json}\n`);
  }
  return 0;
}

void runTool('eval:prompt-attacks', () => main(process.argv.slice(2)));
