import { ms } from '../report/table';
import type { PromptAttackReport, Rate } from './evaluate';
import type { MessageSets } from './evaluate';
import { SPLITS } from './message-sets';

/** Header, detection table, false positives and latency, as plain text for a terminal. */
export function renderReport(sets: MessageSets, report: PromptAttackReport): string {
  const { detection, falsePositives, latencyMs } = report;
  const heldOut = sets.attacks.filter((a) => a.split === SPLITS[1]).length;
  const rows = (groups: PromptAttackReport['detection']['byCategory']) =>
    Object.entries(groups).map(([name, g]) => [name, percent(g.all), percent(g.heldOut)]);
  return [
    [
      `attacks: ${sets.attacks.length} (${sets.attacks.length - heldOut} tuning, ${heldOut} held out), hand-written for Sagewire after public attack styles and benchmarks (see each line's "origin")`,
      `benign:  ${sets.stackfaq.length} StackFAQ paraphrased questions (Karan & Šnajder 2018); ${sets.benign.length} hand-written support messages with attack-like words`,
    ].join('\n'),
    table(['detection', 'all attacks', 'held out'], [
      ['overall', percent(detection.overall), percent(detection.heldOut)],
      ['(tuning split)', percent(detection.tune), ''],
      ...rows(detection.byCategory),
      ...rows(detection.byLanguage),
    ]),
    table(['false positives', 'rate'], [
      ['StackFAQ questions', percent(falsePositives.stackfaq)],
      ['hand-written benign', percent(falsePositives.benign)],
      ...Object.entries(falsePositives.benignByLanguage).map(([language, r]) => [`  ${language}`, percent(r)]),
    ]),
    `latency per message: p50 ${ms(latencyMs.p50)} ms, p99 ${ms(latencyMs.p99)} ms, max ${ms(latencyMs.max)} ms (${latencyMs.count} messages, after one warm-up pass)`,
  ].join('\n\n');
}

/** Missed attacks (tuning split, and held-out ones only when asked) and false positives, one per line. */
export function renderErrors(sets: MessageSets, report: PromptAttackReport, showHeldOut: boolean): string {
  const flagged = new Map(report.outcomes.attacks.map((o) => [o.id, o]));
  const missed = sets.attacks.filter((a) => !flagged.get(a.id)?.flagged && (showHeldOut || a.split === 'tune'));
  const falsePositive = (messages: MessageSets['benign'], outcomes: PromptAttackReport['outcomes']['benign']) =>
    outcomes.flatMap((o, i) => (o.flagged ? [`  ${o.id} [${o.label}] ${oneLine(messages[i]!.text)}`] : []));
  return [
    `missed attacks (${showHeldOut ? 'both splits' : 'tuning split only'}): ${missed.length}`,
    ...missed.map((a) => `  ${a.id} (${a.split}) ${oneLine(a.text)}`),
    'false positives:',
    ...falsePositive(sets.stackfaq, report.outcomes.stackfaq),
    ...falsePositive(sets.benign, report.outcomes.benign),
  ].join('\n');
}

function percent(r: Rate): string {
  return r.total === 0 ? '–' : `${(r.rate * 100).toFixed(1)}% (${r.hits}/${r.total})`;
}

function oneLine(text: string): string {
  return JSON.stringify(text);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
