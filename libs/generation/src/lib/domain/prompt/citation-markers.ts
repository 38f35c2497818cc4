/**
 * The grammar of citation markers a model writes, shared by the renumberer (answers), the
 * source block (passages must not contain any) and the grounding score (which ignores them).
 *
 * A marker is a bracket pair around source numbers: "[3]", "[1, 3]", "[1-3]", "[Source 2]",
 * "[sources: 1; 2]", or the full-width "【2】" some models use in Chinese. Adjacent markers,
 * at most one space apart ("[1][3]", "[1] [3]"), form one group. A group right before "("
 * is a markdown link's text and is left alone, as is anything bracketed that is not numbers.
 *
 * Scanning works on a growing buffer: a decision is only taken once the characters it
 * depends on have arrived, so a streamed answer is rewritten exactly as the whole text would be.
 */

/** Longest single marker, brackets included ("[Sources 12, 13]" is 16): bounds what a stream holds back. */
const MAX_MARKER_LENGTH = 24;
/** Most markers read as one group. */
const MAX_GROUP_MARKERS = 8;
/** Spaces allowed between two markers of a group. */
const MAX_GAP = 1;
/** "[1-30]" is more likely a range of something else than thirty citations. */
const MAX_RANGE_SPAN = 9;

const CLOSING: Readonly<Record<string, string>> = { '[': ']', '【': '】' };
const ITEM = String.raw`(?:sources?[ \t]*:?[ \t]*)?\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?`;
const CONTENT = new RegExp(String.raw`^[ \t]*${ITEM}(?:[ \t]*[,，、;][ \t]*${ITEM})*[ \t]*$`, 'i');
/** Every character CONTENT can match; one outside it proves early that "[note" is no marker. */
const CONTENT_CHARS = /^[ \t\d,，、;:\-–sourceSOURCE]*$/;

/** A marker group found at a position. */
export type MarkerScan =
  | { readonly kind: 'marker'; readonly end: number; readonly numbers: readonly number[] }
  /** The character there is plain text. */
  | { readonly kind: 'text' }
  /** Not decidable until more text arrives. */
  | { readonly kind: 'pending' };

const TEXT: MarkerScan = { kind: 'text' };
const PENDING: MarkerScan = { kind: 'pending' };

const isOpening = (char: string | undefined): boolean => char !== undefined && char in CLOSING;
const isGap = (char: string | undefined): boolean => char === ' ' || char === '\t';

/** The numbers inside a marker, ranges expanded, in written order; undefined for a bad range. */
function numbersOf(inside: string): number[] | undefined {
  const numbers: number[] = [];
  for (const [, from, to] of inside.matchAll(/(\d{1,3})(?:[ \t]*[-–][ \t]*(\d{1,3}))?/g)) {
    const first = Number(from);
    const last = to === undefined ? first : Number(to);
    if (last < first || last - first > MAX_RANGE_SPAN) return undefined;
    for (let n = first; n <= last; n++) numbers.push(n);
  }
  return numbers;
}

/** One marker starting at `start` (an opening bracket). */
function scanMarker(text: string, start: number, final: boolean): { end: number; numbers: number[] } | 'text' | 'pending' {
  const closing = CLOSING[text[start]!];
  if (closing === undefined) return 'text';
  const limit = start + MAX_MARKER_LENGTH;
  const closeAt = text.indexOf(closing, start + 1);
  if (closeAt !== -1 && closeAt < limit) {
    const inside = text.slice(start + 1, closeAt);
    const numbers = CONTENT.test(inside) ? numbersOf(inside) : undefined;
    return numbers ? { end: closeAt + 1, numbers } : 'text';
  }
  // No closing bracket within reach (yet): only the text seen so far can rule it out.
  if (!CONTENT_CHARS.test(text.slice(start + 1, limit))) return 'text';
  return text.length >= limit || final ? 'text' : 'pending';
}

/**
 * The marker group starting at `start`, if any. `final` says no more text will come, so a
 * bracket left open at the end is plain text rather than pending.
 */
export function scanMarkerGroup(text: string, start: number, final: boolean): MarkerScan {
  const numbers: number[] = [];
  let end = -1;
  let at = start;
  for (let count = 0; count < MAX_GROUP_MARKERS; count++) {
    const marker = scanMarker(text, at, final);
    if (marker === 'pending') return PENDING;
    if (marker === 'text') break;
    numbers.push(...marker.numbers);
    end = marker.end;
    let next = end;
    while (next < text.length && next - end < MAX_GAP && isGap(text[next])) next++;
    // What follows decides whether the group goes on, or is a link's text.
    if (next === text.length) {
      if (!final) return PENDING;
      break;
    }
    if (!isOpening(text[next])) break;
    at = next;
  }
  if (end === -1 || text[end] === '(') return TEXT;
  return { kind: 'marker', end, numbers };
}

/**
 * What replaces a marker group, given its numbers and its text as written. An empty string
 * removes the group together with the spaces before it, so "days [9]." becomes "days.".
 */
export type MarkerRewrite = (numbers: readonly number[], written: string) => string;

/** Rewritten text, and the tail that must wait for more input (empty when `final`). */
export interface RewriteResult {
  readonly text: string;
  readonly rest: string;
}

/**
 * Rewrites every marker group of `text` with `rewrite`. Unless `final`, it stops before a
 * tail that could still change: a possible marker, or spaces that could precede one (they
 * go if the marker is removed). Feeding `rest` back with more text gives the same result as
 * rewriting the whole text at once, however the text was split.
 */
export function rewriteCitationMarkers(text: string, rewrite: MarkerRewrite, final: boolean): RewriteResult {
  let out = '';
  let at = 0;
  while (at < text.length) {
    let groupStart = at;
    while (groupStart < text.length && isGap(text[groupStart])) groupStart++;
    if (groupStart === text.length && !final) break;
    if (isOpening(text[groupStart])) {
      const scan = scanMarkerGroup(text, groupStart, final);
      if (scan.kind === 'pending') break;
      if (scan.kind === 'marker') {
        const replacement = rewrite(scan.numbers, text.slice(groupStart, scan.end));
        if (replacement !== '') out += text.slice(at, groupStart) + replacement;
        at = scan.end;
        continue;
      }
    }
    // Plain text: up to the next space or bracket, at least one character so the loop advances.
    let next = groupStart === at ? at + 1 : groupStart;
    while (next < text.length && !isGap(text[next]) && !isOpening(text[next])) next++;
    out += text.slice(at, next);
    at = next;
  }
  return { text: out, rest: text.slice(at) };
}

/** The text without citation markers (and the spaces before them), for scoring its words. */
export function stripCitationMarkers(text: string): string {
  return rewriteCitationMarkers(text, () => '', true).text;
}
