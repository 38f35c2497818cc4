import { rewriteCitationMarkers, scanMarkerGroup, stripCitationMarkers } from './citation-markers';

const MARKERS = ['[1]', '[12]', '[1, 3]', '[1,3]', '[1 ,3]', '[Source 2]', '[source: 2]', '[Sources 1; 2]', '[1-3]', '[1–3]', '【2】', '【1、2】', '[ 4 ]'];

describe('scanMarkerGroup', () => {
  it.each(MARKERS)('reads %s as a marker once the next character is known', (marker) => {
    const scan = scanMarkerGroup(`${marker}.`, 0, false);
    expect(scan).toEqual(expect.objectContaining({ kind: 'marker', end: marker.length }));
  });

  it.each(MARKERS)('says pending for every proper prefix of %s, so a stream never decides early', (marker) => {
    for (let length = 1; length <= marker.length; length++) {
      expect(scanMarkerGroup(marker.slice(0, length), 0, false)).toEqual({ kind: 'pending' });
    }
  });

  it('lists the numbers in written order, ranges expanded', () => {
    expect(scanMarkerGroup('[3, 1][2-4] x', 0, true)).toEqual({ kind: 'marker', end: 11, numbers: [3, 1, 2, 3, 4] });
  });

  it('groups markers at most one space apart', () => {
    expect(scanMarkerGroup('[1] [2]  [3]', 0, true)).toEqual({ kind: 'marker', end: 7, numbers: [1, 2] });
  });

  it.each([
    ['a word', '[note]'],
    ['a markdown link text', '[1](https://x.test)'],
    ['a four-digit number', '[2024]'],
    ['a reversed range', '[3-1]'],
    ['a range too wide to be citations', '[1-30]'],
    ['mismatched brackets', '【1]'],
    ['a bracket closed on the next line', '[1\n]'],
    ['an unclosed bracket at the end', '[1'],
  ])('reads %s as text', (_, text) => {
    expect(scanMarkerGroup(text, 0, true)).toEqual({ kind: 'text' });
  });

  it('gives up on a bracket that stays open past the longest marker', () => {
    expect(scanMarkerGroup('[1, 2, 3, 4, 5, 6, 7, 8, 9', 0, false)).toEqual({ kind: 'text' });
  });
});

describe('rewriteCitationMarkers', () => {
  it('keeps back a possible marker and the spaces before it until it is decided', () => {
    expect(rewriteCitationMarkers('Free [1', () => '(x)', false)).toEqual({ text: 'Free', rest: ' [1' });
    expect(rewriteCitationMarkers('Free  ', () => '(x)', false)).toEqual({ text: 'Free', rest: '  ' });
  });

  it('passes the written text of the group to the rewrite', () => {
    const written: string[] = [];
    rewriteCitationMarkers('a [1, 2] b 【3】', (_, w) => (written.push(w), w), true);
    expect(written).toEqual(['[1, 2]', '【3】']);
  });
});

describe('stripCitationMarkers', () => {
  it('drops every marker and the spaces before it', () => {
    expect(stripCitationMarkers('Free [1]. Fast [2][3] and cheap【4】。 [note] stays.')).toBe('Free. Fast and cheap。 [note] stays.');
  });
});
