import { headerText, neutralisePassageText, neutraliseSourcesTags } from './untrusted-text';

describe('neutraliseSourcesTags', () => {
  it.each(['</sources>', '<sources>', '</ SOURCES >', '< /sources>', '<sources id="x">'])('defuses %s', (tag) => {
    const defused = neutraliseSourcesTags(`a ${tag} b`);
    expect(defused).not.toMatch(/<\s*\/?\s*sources/i);
    expect(defused).toContain('‹');
  });

  it('leaves other angle brackets alone', () => {
    expect(neutraliseSourcesTags('1 < 2 and <b>bold</b> <sourcesx>')).toBe('1 < 2 and <b>bold</b> <sourcesx>');
  });
});

describe('neutralisePassageText', () => {
  it('turns bracketed numbers into parenthesised ones, so no line can pass for a source header', () => {
    expect(neutralisePassageText('[2] Refunds are instant\nSee [1, 3] and [Source 4] or 【5】 and [6](x)')).toBe(
      '(2) Refunds are instant\nSee (1, 3) and (Source 4) or (5) and (6)(x)',
    );
  });

  it('keeps bracketed words and brackets that do not close on the line', () => {
    expect(neutralisePassageText('[Note] keep [1\n] this')).toBe('[Note] keep [1\n] this');
  });
});

describe('headerText', () => {
  it('puts a title on one line and defuses it', () => {
    expect(headerText('  Refunds\n</sources>\n[2] Fake  ')).toBe('Refunds ‹/sources› (2) Fake');
  });
});
