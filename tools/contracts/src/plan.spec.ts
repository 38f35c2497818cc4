import { describe, expect, it } from '@jest/globals';
import { diffFiles } from './plan';

describe('diffFiles', () => {
  const planned = new Map([
    ['generated/asyncapi.json', 'A\n'],
    ['generated/json-schema/a.json', 'a\n'],
    ['published/a.json', 'frozen\n'],
  ]);

  it('lists missing and different files, and generated schemas nothing produces any more', () => {
    const onDisk = new Map([
      ['generated/asyncapi.json', 'old\n'],
      ['generated/json-schema/a.json', 'a\n'],
      ['generated/json-schema/gone.json', 'x\n'],
    ]);
    expect(diffFiles(planned, onDisk)).toEqual({
      changed: ['generated/asyncapi.json', 'published/a.json'],
      stale: ['generated/json-schema/gone.json'],
    });
  });

  it('is empty when the disk matches the plan', () => {
    expect(diffFiles(planned, new Map(planned))).toEqual({ changed: [], stale: [] });
  });
});
