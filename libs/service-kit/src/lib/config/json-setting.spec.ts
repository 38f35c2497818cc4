import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { jsonSetting } from './json-setting';
import { parseConfig } from './parse-config';

const schema = z.object({ POLICY: jsonSetting(z.object({ limit: z.number().min(0) }).strict()).optional() });

describe('jsonSetting', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'json-setting-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads inline JSON and a @file', () => {
    const file = join(dir, 'policy.json');
    writeFileSync(file, '{"limit": 7}');
    expect(parseConfig(schema, { POLICY: '{"limit": 3}' }).POLICY).toEqual({ limit: 3 });
    expect(parseConfig(schema, { POLICY: `@${file}` }).POLICY).toEqual({ limit: 7 });
    expect(parseConfig(schema, {}).POLICY).toBeUndefined();
  });

  it('names the variable and the field inside the JSON', () => {
    expect(() => parseConfig(schema, { POLICY: '{"limit": -1}' })).toThrow(/POLICY: limit: .*>=0/);
    expect(() => parseConfig(schema, { POLICY: '{"limt": 1}' })).toThrow(/POLICY: .*\(root\): Unrecognized key: "limt"/);
  });

  it('says when the text is not JSON or the file cannot be read', () => {
    expect(() => parseConfig(schema, { POLICY: '{limit: 1}' })).toThrow(/POLICY: not readable JSON/);
    expect(() => parseConfig(schema, { POLICY: `@${join(dir, 'missing.json')}` })).toThrow(/POLICY: not readable JSON \(.*ENOENT/);
  });
});
