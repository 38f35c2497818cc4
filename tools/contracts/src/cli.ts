import type { Contract } from '@sagewire/contracts';
import { applyDiff, readOnDisk, readPublishedState } from './disk';
import { CONTRACTS_ROOT } from './paths';
import { diffFiles, planFiles } from './plan';

export const USAGE = `Usage: npm run contracts:generate [-- --check]

Generates from ALL_CONTRACTS (libs/contracts/src/registry.ts), under libs/contracts/:
  generated/json-schema/<type>.json   JSON Schema (draft 2020-12) of each payload
  generated/json-schema/envelope.json the CloudEvents envelope attributes
  generated/asyncapi.json             AsyncAPI 3.0.0: one channel per topic, one message per contract
  published/<type>.json, published.json
                                      a frozen copy of each contract version the first time it
                                      is seen; existing frozen copies are never rewritten

Options:
  --check   write nothing; list the files that are out of date and exit 1 if any are
  --help    print this text`;

export type CliCommand = 'generate' | 'check' | 'help';

/** Parses argv (without node and the script); unknown arguments are an error, not ignored. */
export function parseArgs(args: readonly string[]): { command: CliCommand } | { error: string } {
  const unknown = args.filter((a) => a !== '--check' && a !== '--help' && a !== '-h');
  if (unknown.length > 0) return { error: `unknown argument: ${unknown.join(' ')}` };
  if (args.includes('--help') || args.includes('-h')) return { command: 'help' };
  return { command: args.includes('--check') ? 'check' : 'generate' };
}

export interface CliOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Runs the generator and returns the process exit code. */
export function run(args: readonly string[], contracts: readonly Contract[], io: CliOutput, root: string = CONTRACTS_ROOT): number {
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    io.err(`${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.command === 'help') {
    io.out(USAGE);
    return 0;
  }
  const planned = planFiles(contracts, readPublishedState(root));
  const diff = diffFiles(planned, readOnDisk(planned, root));
  const listing = [...diff.changed.map((p) => `  ${p}`), ...diff.stale.map((p) => `  ${p} (stale)`)];
  if (parsed.command === 'check') {
    if (listing.length === 0) {
      io.out(`contracts: ${planned.size} generated files are up to date`);
      return 0;
    }
    io.err(['contracts: these files are out of date; run npm run contracts:generate', ...listing].join('\n'));
    return 1;
  }
  applyDiff(planned, diff, root);
  io.out(listing.length === 0 ? 'contracts: nothing to update' : ['contracts: updated', ...listing].join('\n'));
  return 0;
}
