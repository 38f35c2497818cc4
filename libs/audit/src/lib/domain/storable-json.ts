import type { JsonValue } from './canonical-json';

/** An unpaired UTF-16 surrogate: JSON can escape it, PostgreSQL text and jsonb cannot hold it. */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NUL = '\u0000';
const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * The payload exactly as `jsonb` will hold it, so the hash computed before the insert is the
 * hash of what a later read returns. A JSON round trip drops what JSON cannot carry (undefined,
 * functions) and turns Dates into strings; U+0000 and unpaired surrogates, which a customer can
 * type but `jsonb` rejects, become U+FFFD: losing the event (dead-lettered by every retry)
 * would be worse for an audit log than one replaced character.
 */
export function toStorableJson(value: unknown): JsonValue {
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) return null;
  return sanitise(JSON.parse(text) as JsonValue);
}

function sanitise(value: JsonValue): JsonValue {
  if (typeof value === 'string') return sanitiseText(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: JsonValue) => sanitise(item));
  const result: Record<string, JsonValue> = {};
  for (const [key, item] of Object.entries(value as { readonly [key: string]: JsonValue })) result[sanitiseText(key)] = sanitise(item);
  return result;
}

function sanitiseText(text: string): string {
  return text.replaceAll(NUL, REPLACEMENT_CHARACTER).replace(UNPAIRED_SURROGATE, REPLACEMENT_CHARACTER);
}
