/**
 * The named entities help-centre exports actually use. The full HTML table has over 2,000
 * names; an unknown entity is left as written rather than guessed.
 */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022', middot: '\u00B7',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201C', rdquo: '\u201D', laquo: '\u00AB', raquo: '\u00BB',
  copy: '\u00A9', reg: '\u00AE', trade: '\u2122', euro: '\u20AC', pound: '\u00A3', yen: '\u00A5', cent: '\u00A2',
  deg: '\u00B0', times: '\u00D7', divide: '\u00F7', para: '\u00B6', sect: '\u00A7', rarr: '\u2192', larr: '\u2190',
  iexcl: '\u00A1', iquest: '\u00BF', szlig: '\u00DF', ccedil: '\u00E7', Ccedil: '\u00C7', ntilde: '\u00F1', Ntilde: '\u00D1',
  aacute: '\u00E1', eacute: '\u00E9', iacute: '\u00ED', oacute: '\u00F3', uacute: '\u00FA',
  Aacute: '\u00C1', Eacute: '\u00C9', Iacute: '\u00CD', Oacute: '\u00D3', Uacute: '\u00DA',
  agrave: '\u00E0', egrave: '\u00E8', ugrave: '\u00F9', Agrave: '\u00C0', Egrave: '\u00C8',
  acirc: '\u00E2', ecirc: '\u00EA', icirc: '\u00EE', ocirc: '\u00F4', ucirc: '\u00FB',
  auml: '\u00E4', euml: '\u00EB', iuml: '\u00EF', ouml: '\u00F6', uuml: '\u00FC',
  Auml: '\u00C4', Ouml: '\u00D6', Uuml: '\u00DC', oelig: '\u0153',
};

/** Decodes named (from the table above), decimal and hexadecimal character references. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (match, body: string) => {
    if (body.startsWith('#')) {
      const codePoint = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // Invalid code points (surrogates, beyond U+10FFFF, NUL) become the replacement character, as browsers do.
      const valid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
      return String.fromCodePoint(valid ? codePoint : 0xfffd);
    }
    return NAMED_ENTITIES[body] ?? match;
  });
}
