import type { Citation } from '../model-provider.port';
import { rewriteCitationMarkers } from './citation-markers';
import { citationOf, type SourceRef } from './source-ref';

/**
 * Rewrites a streamed answer's citation markers from the prompt's source numbers to the
 * numbers the customer sees: 1..k in order of first appearance in the answer, so the first
 * source mentioned is always [1] and the list has no gaps. `citations()[k - 1]` is the
 * source shown as `[k]`. Every group is written in one canonical form, "[1][2]", whatever
 * the model wrote ("[1, 3]", "[Source 2]", "【2】"); numbers the prompt did not offer are
 * dropped, and a group left with none is removed with the spaces before it.
 *
 * `push` returns what can be shown now and holds back a tail that may still become a marker
 * ("[", "[1", "[Sou", or spaces before one); `flush` returns the rest. Together they give
 * exactly `renumberCitations(whole text)`, however the text was split into deltas.
 */
export class CitationRenumberer {
  private readonly sources = new Map<number, SourceRef>();
  /** Customer-facing number by prompt number, in order of first appearance. */
  private readonly shown = new Map<number, number>();
  private readonly cited: Citation[] = [];
  private pending = '';

  constructor(sourceMap: readonly SourceRef[]) {
    for (const source of sourceMap) this.sources.set(source.number, source);
  }

  /** Takes the next delta; returns the text that is safe to emit now. */
  push(delta: string): string {
    return this.drain(delta, false);
  }

  /** Ends the stream; returns whatever was held back, rewritten. */
  flush(): string {
    return this.drain('', true);
  }

  /** The sources cited so far, in displayed-number order. */
  citations(): Citation[] {
    return [...this.cited];
  }

  private drain(delta: string, final: boolean): string {
    const { text, rest } = rewriteCitationMarkers(this.pending + delta, (numbers) => this.render(numbers), final);
    this.pending = rest;
    return text;
  }

  /** Numbers are assigned in written order; a group lists them ascending, each once. */
  private render(numbers: readonly number[]): string {
    const shown = new Set<number>();
    for (const number of numbers) {
      const source = this.sources.get(number);
      if (source === undefined) continue;
      let displayed = this.shown.get(number);
      if (displayed === undefined) {
        this.cited.push(citationOf(source));
        displayed = this.cited.length;
        this.shown.set(number, displayed);
      }
      shown.add(displayed);
    }
    return [...shown]
      .sort((a, b) => a - b)
      .map((n) => `[${n}]`)
      .join('');
  }
}

/** The whole-text form of {@link CitationRenumberer}: the rewritten answer and its citations. */
export function renumberCitations(text: string, sourceMap: readonly SourceRef[]): { text: string; citations: Citation[] } {
  const renumberer = new CitationRenumberer(sourceMap);
  const rewritten = renumberer.push(text) + renumberer.flush();
  return { text: rewritten, citations: renumberer.citations() };
}
