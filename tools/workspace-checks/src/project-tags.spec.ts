import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const SCOPES = /^scope:(shared|standalone|gateway|orchestrator|ingestion|retrieval|generation|guardrails|escalation|audit|fixture-alpha|fixture-beta)$/;
const TYPES = /^type:(app|feature|domain|data-access|contracts|util|testing)$/;

function projectFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    if (entry === 'node_modules' || entry.startsWith('.')) return [];
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return projectFiles(full);
    return entry === 'project.json' ? [full] : [];
  });
}

describe('project tags', () => {
  const projects = ['apps', 'libs', 'tools'].flatMap((top) => {
    try {
      return projectFiles(path.join(ROOT, top));
    } catch {
      return [];
    }
  });

  it('finds the projects', () => {
    expect(projects.length).toBeGreaterThanOrEqual(4);
  });

  // An untagged project would slip past every boundary rule, so it fails here instead.
  it.each(projects.map((p) => [path.relative(ROOT, p)]))('%s has exactly one known scope and one known type tag', (file) => {
    const { tags = [] } = JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as { tags?: string[] };
    expect(tags.filter((t) => SCOPES.test(t))).toHaveLength(1);
    expect(tags.filter((t) => TYPES.test(t))).toHaveLength(1);
    expect(tags.filter((t) => !SCOPES.test(t) && !TYPES.test(t))).toEqual([]);
  });
});
