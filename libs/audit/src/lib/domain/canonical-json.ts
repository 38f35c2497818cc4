import { AppError } from '@sagewire/errors';

/** A value JSON can carry (and PostgreSQL `jsonb` can store). */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Canonical JSON (the RFC 8785 rules that matter for plain JSON values): object keys sorted
 * by UTF-16 code units, no whitespace, ECMAScript number and string serialisation. The same
 * value always gives the same text whatever order `jsonb` hands its keys back in, which is
 * what lets a hash computed at append time be recomputed from the stored row.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    // JSON.stringify would silently write null: a hash over a value that cannot round-trip is worthless.
    if (!Number.isFinite(value)) throw new AppError('AUDIT.NOT_CANONICAL', `${value} has no JSON representation`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item: JsonValue) => canonicalJson(item)).join(',')}]`;
  const record = value as { readonly [key: string]: JsonValue };
  const members = Object.keys(record)
    .sort()
    .filter((key) => record[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key]!)}`);
  return `{${members.join(',')}}`;
}
