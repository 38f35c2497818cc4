import { issue, type CompatIssue } from './compat-issue';
import { compareConstraints } from './compare-constraints';
import { compareConst, compareEnum, compareType } from './compare-values';
import { alternativePath, itemsPath, propertyPath, ROOT_PATH } from './json-path';
import { arrayAt, asNode, jsonEqual, recordAt, show, type SchemaNode } from './schema-access';

/** Documentation only: editing these never breaks anyone. */
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly']);

/** Keywords the rules below understand; any other keyword must stay exactly as it was. */
const UNDERSTOOD = new Set([
  'type', 'const', 'enum', 'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'pattern', 'format', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
  'items', 'properties', 'required', 'additionalProperties', 'anyOf', 'oneOf', 'allOf',
]);

/**
 * Lists the incompatible differences between a frozen JSON Schema and the current one,
 * each at its data path. Compatible: a new optional property, a loosened constraint,
 * annotation edits. Anything the rules cannot judge counts as incompatible.
 */
export function compareSchemas(before: unknown, after: unknown, path: string = ROOT_PATH): CompatIssue[] {
  const [b, a] = [asNode(before), asNode(after)];
  return [
    ...compareType(b, a, path),
    ...compareConst(b, a, path),
    ...compareEnum(b, a, path),
    ...compareConstraints(b, a, path),
    ...compareObject(b, a, path),
    ...compareItems(b, a, path),
    ...compareAlternatives(b, a, path),
    ...compareOthers(b, a, path),
  ];
}

function compareObject(before: SchemaNode, after: SchemaNode, path: string): CompatIssue[] {
  const issues: CompatIssue[] = [];
  const [bProps, aProps] = [recordAt(before, 'properties'), recordAt(after, 'properties')];
  const [bRequired, aRequired] = [new Set(arrayAt(before, 'required') ?? []), new Set(arrayAt(after, 'required') ?? [])];
  for (const key of Object.keys(bProps)) {
    const child = propertyPath(path, key);
    if (!(key in aProps)) issues.push(issue(child, 'property-removed', 'property removed'));
    else issues.push(...compareSchemas(bProps[key], aProps[key], child));
    // An optional field a consumer may still rely on vanishing is the same break as a removal.
    if (key in aProps && bRequired.has(key) && !aRequired.has(key)) issues.push(issue(child, 'required-removed', 'property is no longer required'));
  }
  for (const key of aRequired) {
    if (bRequired.has(key)) continue;
    const known = typeof key === 'string' && key in bProps;
    issues.push(issue(propertyPath(path, String(key)), 'required-added', known ? 'optional property became required' : 'new required property'));
  }
  const [bExtra, aExtra] = [before['additionalProperties'], after['additionalProperties']];
  if (aExtra === false && bExtra !== false) issues.push(issue(path, 'constraint-tightened', 'object closed to unknown properties'));
  else if (typeof aExtra === 'object' && typeof bExtra === 'object') issues.push(...compareSchemas(bExtra, aExtra, propertyPath(path, '*')));
  else if (aExtra !== undefined && aExtra !== true && !jsonEqual(bExtra, aExtra)) issues.push(issue(path, 'unsupported-change', 'additionalProperties changed'));
  return issues;
}

function compareItems(before: SchemaNode, after: SchemaNode, path: string): CompatIssue[] {
  const [b, a] = [before['items'], after['items']];
  if (a === undefined || a === true) return [];
  if (b === undefined || b === true) return [issue(itemsPath(path), 'items-changed', `array items constrained to ${show(a)}`)];
  return compareSchemas(b, a, itemsPath(path));
}

/** Alternatives are compared by position; a different count is a different union. */
function compareAlternatives(before: SchemaNode, after: SchemaNode, path: string): CompatIssue[] {
  const issues: CompatIssue[] = [];
  for (const keyword of ['anyOf', 'oneOf', 'allOf']) {
    const [b, a] = [arrayAt(before, keyword) ?? [], arrayAt(after, keyword) ?? []];
    if (b.length !== a.length) {
      issues.push(issue(path, 'union-changed', `${keyword} changed from ${b.length} to ${a.length} alternatives`));
      continue;
    }
    b.forEach((alternative, i) => issues.push(...compareSchemas(alternative, a[i], alternativePath(path, keyword, i))));
  }
  return issues;
}

function compareOthers(before: SchemaNode, after: SchemaNode, path: string): CompatIssue[] {
  const keywords = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keywords]
    .filter((k) => !ANNOTATIONS.has(k) && !UNDERSTOOD.has(k) && !k.startsWith('x-'))
    .filter((k) => !jsonEqual(before[k], after[k]))
    .map((k) => issue(path, 'unsupported-change', `keyword ${k} changed; the guard cannot judge it, so it counts as breaking`));
}
