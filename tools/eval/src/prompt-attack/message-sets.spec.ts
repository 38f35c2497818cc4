import { DatasetError } from '../dataset/dataset-error';
import { ATTACK_CATEGORIES, LANGUAGES, parseJsonLines, readAttacks, readBenignMessages } from './message-sets';
import { z } from 'zod';

describe('the prompt-attack evaluation set', () => {
  const attacks = readAttacks();
  const benign = readBenignMessages();

  it('has at least 150 attacks, each with a note of origin', () => {
    expect(attacks.length).toBeGreaterThanOrEqual(150);
    for (const attack of attacks) expect(attack.origin).toMatch(/^written for Sagewire after /);
  });

  it('covers every category and language, and holds out about a third of each category', () => {
    expect(new Set(attacks.map((a) => a.category))).toEqual(new Set(ATTACK_CATEGORIES));
    expect(new Set(attacks.map((a) => a.language))).toEqual(new Set(LANGUAGES));
    for (const category of ATTACK_CATEGORIES) {
      const inCategory = attacks.filter((a) => a.category === category);
      const heldOut = inCategory.filter((a) => a.split === 'held-out').length / inCategory.length;
      expect(heldOut).toBeGreaterThan(0.25);
      expect(heldOut).toBeLessThan(0.42);
    }
  });

  it('has about a hundred hand-written benign messages in every language', () => {
    expect(benign.length).toBeGreaterThanOrEqual(100);
    expect(new Set(benign.map((b) => b.language))).toEqual(new Set(LANGUAGES));
  });
});

describe('parseJsonLines', () => {
  const schema = z.object({ id: z.string(), text: z.string() });

  it('reads one record per non-blank line', () => {
    expect(parseJsonLines('f', '{"id":"a","text":"x"}\n\n{"id":"b","text":"y"}\n', schema)).toEqual([
      { id: 'a', text: 'x' },
      { id: 'b', text: 'y' },
    ]);
  });

  it('names every bad line: broken JSON, a missing field, a duplicate id', () => {
    const content = '{"id":"a","text":"x"}\n{oops\n{"id":"b"}\n{"id":"a","text":"z"}';
    expect(() => parseJsonLines('f', content, schema)).toThrow(DatasetError);
    expect(() => parseJsonLines('f', content, schema)).toThrow(/f:2: not JSON[\s\S]*f:3: .*text[\s\S]*f:4: duplicate id a/);
  });
});
