import { issue, type CompatIssue } from './compat-issue';
import { numberAt, stringAt, type SchemaNode } from './schema-access';

interface Bound {
  readonly value: number;
  readonly exclusive: boolean;
}

/** The effective bound of `inclusive`/`exclusive` keywords (the tighter one when both are set). */
function bound(node: SchemaNode, inclusive: string, exclusive: string, tighter: (a: number, b: number) => boolean): Bound | undefined {
  const candidates: Bound[] = [];
  const inc = numberAt(node, inclusive);
  const exc = numberAt(node, exclusive);
  if (inc !== undefined) candidates.push({ value: inc, exclusive: false });
  if (exc !== undefined) candidates.push({ value: exc, exclusive: true });
  return candidates.reduce<Bound | undefined>((best, c) => {
    if (best === undefined || tighter(c.value, best.value)) return c;
    return c.value === best.value && c.exclusive ? c : best;
  }, undefined);
}

function showBound(b: Bound | undefined, op: '>' | '<'): string {
  return b === undefined ? 'none' : `${op}${b.exclusive ? '' : '='} ${b.value}`;
}

function boundTightened(before: Bound | undefined, after: Bound | undefined, tighter: (a: number, b: number) => boolean): boolean {
  if (after === undefined) return false;
  if (before === undefined) return true;
  return tighter(after.value, before.value) || (after.value === before.value && after.exclusive && !before.exclusive);
}

const higher = (a: number, b: number): boolean => a > b;
const lower = (a: number, b: number): boolean => a < b;

function compareNumberRange(before: SchemaNode, after: SchemaNode, path: string): CompatIssue[] {
  const issues: CompatIssue[] = [];
  const [bMin, aMin] = [bound(before, 'minimum', 'exclusiveMinimum', higher), bound(after, 'minimum', 'exclusiveMinimum', higher)];
  if (boundTightened(bMin, aMin, higher)) issues.push(issue(path, 'constraint-tightened', `lower bound tightened from ${showBound(bMin, '>')} to ${showBound(aMin, '>')}`));
  const [bMax, aMax] = [bound(before, 'maximum', 'exclusiveMaximum', lower), bound(after, 'maximum', 'exclusiveMaximum', lower)];
  if (boundTightened(bMax, aMax, lower)) issues.push(issue(path, 'constraint-tightened', `upper bound tightened from ${showBound(bMax, '<')} to ${showBound(aMax, '<')}`));
  const [bStep, aStep] = [numberAt(before, 'multipleOf'), numberAt(after, 'multipleOf')];
  // Every old value stays valid only if the old step is a multiple of the new one.
  if (aStep !== undefined && (bStep === undefined || bStep % aStep !== 0)) {
    issues.push(issue(path, 'constraint-tightened', `multipleOf changed from ${bStep ?? 'none'} to ${aStep}`));
  }
  return issues;
}

/** Counts (`minLength`, `maxItems`, ...): a higher minimum or a lower maximum rejects old values. */
function compareCounts(before: SchemaNode, after: SchemaNode, path: string): CompatIssue[] {
  const issues: CompatIssue[] = [];
  for (const keyword of ['minLength', 'minItems', 'minProperties']) {
    const [b, a] = [numberAt(before, keyword) ?? 0, numberAt(after, keyword) ?? 0];
    if (a > b) issues.push(issue(path, 'constraint-tightened', `${keyword} raised from ${b} to ${a}`));
  }
  for (const keyword of ['maxLength', 'maxItems', 'maxProperties']) {
    const [b, a] = [numberAt(before, keyword), numberAt(after, keyword)];
    if (a !== undefined && (b === undefined || a < b)) issues.push(issue(path, 'constraint-tightened', `${keyword} lowered from ${b ?? 'none'} to ${a}`));
  }
  if (after['uniqueItems'] === true && before['uniqueItems'] !== true) issues.push(issue(path, 'constraint-tightened', 'items must now be unique'));
  return issues;
}

/** A new or different pattern or format cannot be proven to accept every old value. */
function compareStringRules(before: SchemaNode, after: SchemaNode, path: string): CompatIssue[] {
  const issues: CompatIssue[] = [];
  for (const keyword of ['pattern', 'format']) {
    const [b, a] = [stringAt(before, keyword), stringAt(after, keyword)];
    if (a !== undefined && a !== b) issues.push(issue(path, 'constraint-tightened', `${keyword} ${b === undefined ? 'added' : 'changed'}: ${a}`));
  }
  return issues;
}

/** Tightened value constraints; loosened ones (a lower minimum, a dropped pattern) are compatible. */
export function compareConstraints(before: SchemaNode, after: SchemaNode, path: string): CompatIssue[] {
  return [...compareNumberRange(before, after, path), ...compareCounts(before, after, path), ...compareStringRules(before, after, path)];
}
