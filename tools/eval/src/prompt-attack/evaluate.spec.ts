import { evaluatePromptAttacks, rate, type Detector } from './evaluate';
import type { Attack, BenignMessage } from './message-sets';

const attack = (id: string, text: string, split: Attack['split'], category: Attack['category'], language: Attack['language']): Attack => ({
  id,
  text,
  split,
  category,
  language,
  origin: 'test',
});
const benign = (id: string, text: string, language: BenignMessage['language'] = 'en'): BenignMessage => ({ id, text, language, origin: 'test' });

/** Flags any text containing "bad". */
const detect: Detector = (text) => (text.includes('bad') ? { label: 'test' } : undefined);

describe('evaluatePromptAttacks', () => {
  let tick = 0;
  const report = evaluatePromptAttacks(
    {
      attacks: [
        attack('a1', 'bad one', 'tune', 'role_play', 'en'),
        attack('a2', 'missed', 'held-out', 'role_play', 'es'),
        attack('a3', 'bad two', 'held-out', 'obfuscation', 'es'),
      ],
      stackfaq: [benign('q1', 'fine'), benign('q2', 'bad luck')],
      benign: [benign('b1', 'fine', 'fr'), benign('b2', 'fine', 'de')],
    },
    detect,
    () => (tick += 1),
  );

  it('counts detection overall, per split, per category and per language', () => {
    expect(report.detection.overall).toEqual({ hits: 2, total: 3, rate: 2 / 3 });
    expect(report.detection.tune).toEqual({ hits: 1, total: 1, rate: 1 });
    expect(report.detection.heldOut).toEqual({ hits: 1, total: 2, rate: 0.5 });
    expect(report.detection.byCategory['role_play']).toEqual({ all: { hits: 1, total: 2, rate: 0.5 }, heldOut: { hits: 0, total: 1, rate: 0 } });
    expect(report.detection.byLanguage['es']?.all).toEqual({ hits: 1, total: 2, rate: 0.5 });
    expect(report.detection.byLanguage['zh']?.all.total).toBe(0);
  });

  it('counts false positives on each benign set separately', () => {
    expect(report.falsePositives.stackfaq).toEqual({ hits: 1, total: 2, rate: 0.5 });
    expect(report.falsePositives.benign).toEqual({ hits: 0, total: 2, rate: 0 });
    expect(report.falsePositives.benignByLanguage['fr']).toEqual({ hits: 0, total: 1, rate: 0 });
  });

  it('times every message once and keeps what the detector said', () => {
    expect(report.latencyMs.count).toBe(7);
    expect(report.latencyMs.p50).toBe(1);
    expect(report.outcomes.attacks[0]).toEqual({ id: 'a1', flagged: true, label: 'test', ms: 1 });
    expect(report.outcomes.attacks[1]).toEqual({ id: 'a2', flagged: false, label: undefined, ms: 1 });
  });
});

describe('rate', () => {
  it('is NaN for an empty group rather than a misleading 0', () => {
    expect(rate([]).rate).toBeNaN();
  });
});
