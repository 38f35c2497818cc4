import type { ParsedSection } from '../parsing/parsed-document';
import { chunkHierarchically } from './hierarchical-chunker';
import { estimateTokens } from './token-estimate';

/** Sentence n is "Sentence n is about topic n and nothing else." — 10 tokens. */
const sentences = (from: number, to: number): string =>
  Array.from({ length: to - from + 1 }, (_, i) => `Sentence ${from + i} is about topic ${from + i} and nothing else.`).join(' ');
/** Paragraphs of `size` sentences each, numbered on from `from`. */
const paragraphs = (from: number, count: number, size: number): string =>
  Array.from({ length: count }, (_, i) => sentences(from + i * size, from + (i + 1) * size - 1)).join('\n\n');
const squash = (text: string): string => text.replace(/\s+/g, ' ');

const MANUAL: ParsedSection[] = [
  { path: [], text: 'A short preamble before any heading.' },
  { path: ['Setup'], text: paragraphs(1, 30, 6), page: 1 }, // 1800 tokens: split between paragraphs
  { path: ['Setup', 'Network'], text: sentences(181, 192), page: 4 },
  { path: ['Setup', 'Power'], text: sentences(193, 195), page: 4 },
  { path: ['Support'], text: sentences(196, 200) },
];
const OPTIONS = { parentTokens: 400, maxTokens: 100, overlapTokens: 20 };

describe('chunkHierarchically', () => {
  const { chunks, parents } = chunkHierarchically(MANUAL, OPTIONS);

  it('keeps parents and children within their limits, sentences whole', () => {
    for (const parent of parents) {
      expect(parent.tokenCount).toBeLessThanOrEqual(400);
      expect(parent.tokenCount).toBe(estimateTokens(parent.text));
    }
    for (const chunk of chunks) {
      expect(chunk.tokenCount).toBeLessThanOrEqual(100);
      expect(chunk.text).toMatch(/^(A short|Sentence \d+ ).*\.$/s);
    }
  });

  it('numbers parents and children from 0 without gaps, every parent used', () => {
    expect(parents.map((parent) => parent.index)).toEqual(parents.map((_, i) => i));
    expect(chunks.map((chunk) => chunk.index)).toEqual(chunks.map((_, i) => i));
    expect(new Set(chunks.map((chunk) => chunk.parentIndex))).toEqual(new Set(parents.map((parent) => parent.index)));
  });

  it('puts every child inside its parent, and the parents cover the document', () => {
    for (const chunk of chunks) expect(squash(parents[chunk.parentIndex!]!.text)).toContain(squash(chunk.text));
    const covered = squash(parents.map((parent) => parent.text).join(' '));
    for (let n = 1; n <= 200; n++) expect(covered).toContain(`Sentence ${n} is`);
  });

  it('cuts a large section between paragraphs and groups small sections under one top heading', () => {
    const setup = parents.filter((parent) => parent.section?.startsWith('Setup'));
    // 1800 tokens of 60-token paragraphs in 400-token parents: whole paragraphs, never mid-paragraph.
    for (const parent of setup.slice(0, 4)) expect(parent.text.split('\n\n').every((p) => /^Sentence (\d+) .*Sentence \d+ .*\.$/.test(p))).toBe(true);
    const grouped = parents.find((parent) => parent.text.includes('Network\n\nSentence 181'))!;
    expect(grouped.section).toBe('Setup');
    expect(grouped.text).toContain('Power\n\nSentence 193');
    expect(parents.find((parent) => parent.text.includes('Sentence 196'))).toMatchObject({ section: 'Support' });
    expect(parents[0]).toMatchObject({ text: 'A short preamble before any heading.' });
    expect(parents[0]).not.toHaveProperty('section');
  });

  it('overlaps consecutive children of one section and labels them with their own section and page', () => {
    const network = chunks.filter((chunk) => chunk.section === 'Setup > Network');
    expect(network.map((chunk) => chunk.page)).toEqual([4, 4]);
    expect(network[1]!.text.startsWith('Sentence 189 ')).toBe(true); // 2 sentences = 20 tokens of overlap
  });

  it('is deterministic and uses 1500/300/60 by default', () => {
    expect(chunkHierarchically(MANUAL, OPTIONS)).toEqual({ chunks, parents });
    const defaults = chunkHierarchically([{ path: ['Long'], text: paragraphs(1, 40, 5) }]);
    expect(Math.max(...defaults.parents.map((parent) => parent.tokenCount))).toBeLessThanOrEqual(1500);
    expect(Math.max(...defaults.parents.map((parent) => parent.tokenCount))).toBeGreaterThan(1300);
    expect(Math.max(...defaults.chunks.map((chunk) => chunk.tokenCount))).toBe(300);
  });

  it('cuts a paragraph larger than a parent between sentences', () => {
    const { parents: big } = chunkHierarchically([{ path: ['Wall'], text: sentences(1, 90) }], OPTIONS);
    expect(big.map((parent) => parent.tokenCount)).toEqual([400, 400, 100]);
  });
});
