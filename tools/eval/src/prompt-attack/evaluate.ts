import { summarizeLatency, type LatencySummary } from '../metrics/latency';
import { ATTACK_CATEGORIES, LANGUAGES, type Attack, type BenignMessage } from './message-sets';

/** What the evaluation needs of a detector: a label when it flags the text, nothing otherwise. */
export type Detector = (text: string) => { readonly label: string } | undefined;

export interface Outcome {
  readonly id: string;
  readonly flagged: boolean;
  readonly label: string | undefined;
  readonly ms: number;
}

export interface Rate {
  readonly hits: number;
  readonly total: number;
  /** hits / total; NaN for an empty group. */
  readonly rate: number;
}

export interface PromptAttackReport {
  readonly detection: {
    readonly overall: Rate;
    readonly tune: Rate;
    readonly heldOut: Rate;
    readonly byCategory: Readonly<Record<string, { readonly all: Rate; readonly heldOut: Rate }>>;
    readonly byLanguage: Readonly<Record<string, { readonly all: Rate; readonly heldOut: Rate }>>;
  };
  readonly falsePositives: { readonly stackfaq: Rate; readonly benign: Rate; readonly benignByLanguage: Readonly<Record<string, Rate>> };
  /** Per message, over every message of the three sets, after one untimed warm-up pass. */
  readonly latencyMs: LatencySummary;
  readonly outcomes: { readonly attacks: readonly Outcome[]; readonly stackfaq: readonly Outcome[]; readonly benign: readonly Outcome[] };
}

export interface MessageSets {
  readonly attacks: readonly Attack[];
  readonly stackfaq: readonly BenignMessage[];
  readonly benign: readonly BenignMessage[];
}

export function evaluatePromptAttacks(sets: MessageSets, detect: Detector, now: () => number): PromptAttackReport {
  const all = [...sets.attacks, ...sets.stackfaq, ...sets.benign];
  // Warm-up: the first calls compile the regular expressions and the JIT's code paths.
  for (const message of all) detect(message.text);
  const run = (messages: readonly { id: string; text: string }[]): Outcome[] =>
    messages.map(({ id, text }) => {
      const start = now();
      const finding = detect(text);
      return { id, flagged: finding !== undefined, label: finding?.label, ms: now() - start };
    });
  const attacks = run(sets.attacks);
  const stackfaq = run(sets.stackfaq);
  const benign = run(sets.benign);

  const flagged = new Map(attacks.map((o) => [o.id, o.flagged]));
  const detected = (subset: readonly Attack[]) => rate(subset.map((a) => flagged.get(a.id) === true));
  const heldOut = sets.attacks.filter((a) => a.split === 'held-out');
  const split = (keep: (a: Attack) => boolean) => ({ all: detected(sets.attacks.filter(keep)), heldOut: detected(heldOut.filter(keep)) });
  return {
    detection: {
      overall: detected(sets.attacks),
      tune: detected(sets.attacks.filter((a) => a.split === 'tune')),
      heldOut: detected(heldOut),
      byCategory: Object.fromEntries(ATTACK_CATEGORIES.map((c) => [c, split((a) => a.category === c)])),
      byLanguage: Object.fromEntries(LANGUAGES.map((l) => [l, split((a) => a.language === l)])),
    },
    falsePositives: {
      stackfaq: rate(stackfaq.map((o) => o.flagged)),
      benign: rate(benign.map((o) => o.flagged)),
      benignByLanguage: Object.fromEntries(LANGUAGES.map((l) => [l, rate(benign.filter((_, i) => sets.benign[i]!.language === l).map((o) => o.flagged))])),
    },
    latencyMs: summarizeLatency([...attacks, ...stackfaq, ...benign].map((o) => o.ms)),
    outcomes: { attacks, stackfaq, benign },
  };
}

export function rate(hits: readonly boolean[]): Rate {
  const count = hits.filter(Boolean).length;
  return { hits: count, total: hits.length, rate: hits.length === 0 ? Number.NaN : count / hits.length };
}
