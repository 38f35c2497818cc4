import { canonicalJson } from '../canonical-json';

/** A JSON Schema seen as a plain record; `true` is the empty schema, `false` rejects everything. */
export type SchemaNode = Readonly<Record<string, unknown>>;

export function asNode(schema: unknown): SchemaNode {
  if (schema === true || schema === undefined) return {};
  if (schema === false) return { not: {} };
  return typeof schema === 'object' && schema !== null && !Array.isArray(schema) ? (schema as SchemaNode) : {};
}

export function numberAt(node: SchemaNode, keyword: string): number | undefined {
  const value = node[keyword];
  return typeof value === 'number' ? value : undefined;
}

export function stringAt(node: SchemaNode, keyword: string): string | undefined {
  const value = node[keyword];
  return typeof value === 'string' ? value : undefined;
}

export function arrayAt(node: SchemaNode, keyword: string): readonly unknown[] | undefined {
  const value = node[keyword];
  return Array.isArray(value) ? value : undefined;
}

export function recordAt(node: SchemaNode, keyword: string): SchemaNode {
  return asNode(node[keyword]);
}

/** Structural equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
