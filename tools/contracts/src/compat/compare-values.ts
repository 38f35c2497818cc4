import { issue, type CompatIssue } from './compat-issue';
import { arrayAt, jsonEqual, show, type SchemaNode } from './schema-access';

function typeSet(node: SchemaNode): string | undefined {
  const type = node['type'];
  if (type === undefined) return undefined;
  return (Array.isArray(type) ? [...(type as string[])].sort() : [String(type)]).join(' | ');
}

/** Any change of `type` breaks someone: widening surprises old consumers, narrowing rejects old events. */
export function compareType(before: SchemaNode, after: SchemaNode, path: string): CompatIssue[] {
  const [b, a] = [typeSet(before), typeSet(after)];
  return b === a ? [] : [issue(path, 'type-changed', `type changed from ${b ?? 'any'} to ${a ?? 'any'}`)];
}

export function compareConst(before: SchemaNode, after: SchemaNode, path: string): CompatIssue[] {
  const [b, a] = [before['const'], after['const']];
  return jsonEqual(b, a) ? [] : [issue(path, 'const-changed', `const changed from ${show(b)} to ${show(a)}`)];
}

/**
 * Enums are closed sets that consumers check strictly, so adding a value breaks old readers
 * and removing one breaks old events; both need a new version.
 */
export function compareEnum(before: SchemaNode, after: SchemaNode, path: string): CompatIssue[] {
  const [b, a] = [arrayAt(before, 'enum'), arrayAt(after, 'enum')];
  if (b === undefined && a === undefined) return [];
  if (b === undefined) return [issue(path, 'enum-changed', `enum added: only ${show(a)} allowed now`)];
  if (a === undefined) return [issue(path, 'enum-changed', `enum removed: consumers of the old version reject values outside ${show(b)}`)];
  const removed = b.filter((v) => !a.some((w) => jsonEqual(v, w)));
  const added = a.filter((v) => !b.some((w) => jsonEqual(v, w)));
  return [
    ...(removed.length > 0 ? [issue(path, 'enum-changed', `enum value${removed.length > 1 ? 's' : ''} removed: ${removed.map(show).join(', ')}`)] : []),
    ...(added.length > 0 ? [issue(path, 'enum-changed', `enum value${added.length > 1 ? 's' : ''} added: ${added.map(show).join(', ')} (strict consumers reject unknown values)`)] : []),
  ];
}
