import { describe, expect, it } from '@jest/globals';
import type { CompatRule } from './compat-issue';
import { compareSchemas } from './compare-schemas';

const object = (properties: Record<string, unknown>, required: string[] = Object.keys(properties), extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  required,
  ...extra,
});
const str = { type: 'string' };
const int = { type: 'integer', minimum: 0 };

/** The rule and path of each issue, which is what a developer reads first. */
function found(before: unknown, after: unknown): [string, CompatRule][] {
  return compareSchemas(before, after).map((i) => [i.path, i.rule]);
}

describe('compareSchemas: breaking changes', () => {
  it.each<[string, unknown, unknown, [string, CompatRule][]]>([
    ['a property removed', object({ a: str, b: str }, ['a']), object({ a: str }, ['a']), [['$.b', 'property-removed']]],
    ['a new required property', object({ a: str }), object({ a: str, b: str }), [['$.b', 'required-added']]],
    ['an optional property made required', object({ a: str, b: str }, ['a']), object({ a: str, b: str }), [['$.b', 'required-added']]],
    ['a required property made optional', object({ a: str, b: str }), object({ a: str, b: str }, ['a']), [['$.b', 'required-removed']]],
    ['a type changed', object({ a: str }), object({ a: int }), [['$.a', 'type-changed'], ['$.a', 'constraint-tightened']]],
    ['integer widened to number', object({ n: { type: 'integer' } }), object({ n: { type: 'number' } }), [['$.n', 'type-changed']]],
    ['an enum value removed', object({ e: { type: 'string', enum: ['a', 'b'] } }), object({ e: { type: 'string', enum: ['a'] } }), [['$.e', 'enum-changed']]],
    ['an enum value added', object({ e: { type: 'string', enum: ['a'] } }), object({ e: { type: 'string', enum: ['a', 'b'] } }), [['$.e', 'enum-changed']]],
    ['an enum introduced', object({ e: str }), object({ e: { type: 'string', enum: ['a'] } }), [['$.e', 'enum-changed']]],
    ['a const changed', object({ k: { type: 'string', const: 'v1' } }), object({ k: { type: 'string', const: 'v2' } }), [['$.k', 'const-changed']]],
    ['minLength raised', object({ s: { type: 'string', minLength: 1 } }), object({ s: { type: 'string', minLength: 3 } }), [['$.s', 'constraint-tightened']]],
    ['maxLength added', object({ s: str }), object({ s: { type: 'string', maxLength: 10 } }), [['$.s', 'constraint-tightened']]],
    ['a pattern added', object({ s: str }), object({ s: { type: 'string', pattern: '^[a-z]+$' } }), [['$.s', 'constraint-tightened']]],
    ['a pattern changed', object({ s: { type: 'string', pattern: '^a' } }), object({ s: { type: 'string', pattern: '^b' } }), [['$.s', 'constraint-tightened']]],
    ['a format added', object({ s: str }), object({ s: { type: 'string', format: 'uuid' } }), [['$.s', 'constraint-tightened']]],
    ['minimum raised', object({ n: int }), object({ n: { type: 'integer', minimum: 1 } }), [['$.n', 'constraint-tightened']]],
    ['inclusive minimum made exclusive', object({ n: int }), object({ n: { type: 'integer', exclusiveMinimum: 0 } }), [['$.n', 'constraint-tightened']]],
    ['maximum added', object({ n: int }), object({ n: { ...int, maximum: 1 } }), [['$.n', 'constraint-tightened']]],
    ['multipleOf added', object({ n: int }), object({ n: { ...int, multipleOf: 5 } }), [['$.n', 'constraint-tightened']]],
    ['array item type changed', object({ t: { type: 'array', items: str } }), object({ t: { type: 'array', items: int } }), [['$.t[*]', 'type-changed'], ['$.t[*]', 'constraint-tightened']]],
    ['array items constrained', object({ t: { type: 'array' } }), object({ t: { type: 'array', items: str } }), [['$.t[*]', 'items-changed']]],
    ['minItems raised', object({ t: { type: 'array', items: str } }), object({ t: { type: 'array', items: str, minItems: 1 } }), [['$.t', 'constraint-tightened']]],
    ['a nested property removed', object({ p: { type: 'array', items: object({ id: str, score: int }) } }), object({ p: { type: 'array', items: object({ id: str }) } }), [['$.p[*].score', 'property-removed']]],
    ['an object closed', object({ a: str }), object({ a: str }, ['a'], { additionalProperties: false }), [['$', 'constraint-tightened']]],
    ['a union alternative added', object({ u: { anyOf: [str] } }), object({ u: { anyOf: [str, int] } }), [['$.u', 'union-changed']]],
    ['a union alternative changed', object({ u: { anyOf: [str, { const: 'all' }] } }), object({ u: { anyOf: [str, { const: 'any' }] } }), [['$.u|anyOf[1]', 'const-changed']]],
    ['a keyword the guard does not know', object({ a: str }), object({ a: { ...str, not: { const: '' } } }), [['$.a', 'unsupported-change']]],
    ['an odd property name', object({ 'x-y': str }), object({}, []), [['$["x-y"]', 'property-removed']]],
  ])('flags %s', (_name, before, after, expected) => {
    expect(found(before, after)).toEqual(expected);
  });
});

describe('compareSchemas: compatible changes', () => {
  it.each<[string, unknown, unknown]>([
    ['a new optional property', object({ a: str }), object({ a: str, b: str }, ['a'])],
    ['description and title edits', object({ a: { ...str, description: 'old' } }), { ...object({ a: { ...str, description: 'new' } }), title: 'T', $comment: 'c' }],
    ['minLength lowered', object({ s: { type: 'string', minLength: 3 } }), object({ s: { type: 'string', minLength: 1 } })],
    ['maxLength raised', object({ s: { type: 'string', maxLength: 10 } }), object({ s: { type: 'string', maxLength: 20 } })],
    ['maximum removed', object({ n: { ...int, maximum: 1 } }), object({ n: int })],
    ['exclusive minimum made inclusive', object({ n: { type: 'integer', exclusiveMinimum: 0 } }), object({ n: int })],
    ['a pattern removed', object({ s: { type: 'string', pattern: '^a' } }), object({ s: str })],
    ['a format removed', object({ s: { type: 'string', format: 'uri' } }), object({ s: str })],
    ['multipleOf relaxed to a divisor', object({ n: { ...int, multipleOf: 10 } }), object({ n: { ...int, multipleOf: 5 } })],
    ['minItems lowered', object({ t: { type: 'array', items: str, minItems: 2 } }), object({ t: { type: 'array', items: str } })],
    ['an object opened', object({ a: str }, ['a'], { additionalProperties: false }), object({ a: str })],
    ['vendor extensions', object({ a: str }), { ...object({ a: str }), 'x-sagewire-owner': 'retrieval' }],
    ['key order', { required: ['a'], properties: { a: str }, type: 'object' }, object({ a: str })],
  ])('accepts %s', (_name, before, after) => {
    expect(compareSchemas(before, after)).toEqual([]);
  });
});

describe('compareSchemas: messages', () => {
  it('says what changed in words', () => {
    const issues = compareSchemas(object({ e: { type: 'string', enum: ['a', 'b'] } }), object({ e: { type: 'string', enum: ['a', 'c'] } }));
    expect(issues.map((i) => i.message)).toEqual(['enum value removed: "b"', 'enum value added: "c" (strict consumers reject unknown values)']);
  });
});
