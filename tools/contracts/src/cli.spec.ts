import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { parseArgs, run } from './cli';

const contracts = [documentsRetrievedV1, queryRoutedV1];

describe('parseArgs', () => {
  it('reads --check and --help and refuses anything else', () => {
    expect(parseArgs([])).toEqual({ command: 'generate' });
    expect(parseArgs(['--check'])).toEqual({ command: 'check' });
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['--chek'])).toEqual({ error: 'unknown argument: --chek' });
  });
});

describe('run', () => {
  let root: string;
  let out: string[];
  let err: string[];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sagewire-contracts-'));
    out = [];
    err = [];
  });
  afterEach(() => rmSync(root, { recursive: true }));

  it('prints usage for --help and exits 2 on a bad argument', () => {
    expect(run(['--help'], contracts, io, root)).toBe(0);
    expect(out.join('\n')).toContain('--check');
    expect(run(['--nope'], contracts, io, root)).toBe(2);
    expect(err.join('\n')).toContain('unknown argument: --nope');
  });

  it('--check lists what is out of date and writes nothing; generating makes it pass', () => {
    expect(run(['--check'], contracts, io, root)).toBe(1);
    expect(err.join('\n')).toContain(`generated/json-schema/${documentsRetrievedV1.type}.json`);
    expect(() => readFileSync(join(root, 'generated/asyncapi.json'))).toThrow();
    expect(run([], contracts, io, root)).toBe(0);
    expect(run(['--check'], contracts, io, root)).toBe(0);
  });

  it('deletes schemas of removed contracts but keeps their frozen copies', () => {
    run([], contracts, io, root);
    run([], [queryRoutedV1], io, root);
    expect(() => readFileSync(join(root, `generated/json-schema/${documentsRetrievedV1.type}.json`))).toThrow();
    expect(readFileSync(join(root, `published/${documentsRetrievedV1.type}.json`), 'utf8')).toContain('"passages"');
  });

  it('never overwrites a frozen copy', () => {
    run([], contracts, io, root);
    const frozen = join(root, `published/${queryRoutedV1.type}.json`);
    writeFileSync(frozen, '{"type":"object"}');
    run([], contracts, io, root);
    expect(readFileSync(frozen, 'utf8')).toBe('{"type":"object"}');
  });
});
