import { kebabCase, type Contract } from '@sagewire/contracts';
import { contractJsonSchema } from '../json-schema';
import { schemaHash, type PublishedState } from '../published';
import type { CompatIssue } from './compat-issue';
import { compareSchemas } from './compare-schemas';

/** What to do about an incompatible change, named for the contract at hand. */
export function nextVersionAdvice(contract: Contract): string {
  const file = `${kebabCase(contract.name)}.v${contract.version + 1}.ts`;
  return (
    `A published version never changes shape: keep v${contract.version} as it was, ` +
    `add libs/contracts/src/${contract.domain}/${file} beside v${contract.version} and upcast at the consumer edge.`
  );
}

export function formatIncompatibility(contract: Contract, issues: readonly CompatIssue[]): string {
  const lines = issues.map((i) => `  - ${i.path}: ${i.message} [${i.rule}]`);
  return [`${contract.type} changed incompatibly since it was published:`, ...lines, nextVersionAdvice(contract)].join('\n');
}

/**
 * Holds every published contract version to its frozen schema. Returns one ready-to-print
 * problem per contract; an empty list means every published version is still compatible.
 */
export function checkPublished(contracts: readonly Contract[], state: PublishedState): string[] {
  const byType = new Map<string, Contract>(contracts.map((c) => [c.type, c]));
  const problems: string[] = [];
  for (const [type, entry] of Object.entries(state.index.contracts)) {
    const contract = byType.get(type);
    const frozenText = state.frozen.get(type);
    if (contract === undefined) {
      problems.push(`${type} is published but no longer in ALL_CONTRACTS: producers and stored events may still use it, so restore it.`);
      continue;
    }
    if (frozenText === undefined) {
      problems.push(`${type}: its frozen copy libs/contracts/published/${type}.json is missing: restore it from git, never regenerate it.`);
      continue;
    }
    const frozen = JSON.parse(frozenText) as unknown;
    if (schemaHash(frozen) !== entry.sha256) {
      problems.push(`${type}: libs/contracts/published/${type}.json no longer matches its sha256 in published.json: frozen copies are never edited, restore it from git.`);
      continue;
    }
    const issues = compareSchemas(frozen, contractJsonSchema(contract));
    if (issues.length > 0) problems.push(formatIncompatibility(contract, issues));
  }
  return problems;
}
