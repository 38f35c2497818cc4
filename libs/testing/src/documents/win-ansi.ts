/** Characters WinAnsiEncoding places in 0x80–0x9F, where Latin-1 has control codes. */
const WIN_ANSI_EXTRAS: Readonly<Record<string, number>> = {
  '\u20AC': 0x80, '\u201A': 0x82, '\u0192': 0x83, '\u201E': 0x84, '\u2026': 0x85, '\u2020': 0x86, '\u2021': 0x87,
  '\u02C6': 0x88, '\u2030': 0x89, '\u0160': 0x8a, '\u2039': 0x8b, '\u0152': 0x8c, '\u017D': 0x8e, '\u2018': 0x91,
  '\u2019': 0x92, '\u201C': 0x93, '\u201D': 0x94, '\u2022': 0x95, '\u2013': 0x96, '\u2014': 0x97, '\u02DC': 0x98,
  '\u2122': 0x99, '\u0161': 0x9a, '\u203A': 0x9b, '\u0153': 0x9c, '\u017E': 0x9e, '\u0178': 0x9f,
};

/**
 * Encodes text for a simple font with `/Encoding /WinAnsiEncoding`: Latin-1 plus the
 * typographic characters above. Anything else becomes `?`, as the standard 14 fonts have no glyph.
 */
export function winAnsiBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const extra = WIN_ANSI_EXTRAS[char];
    if (extra !== undefined) bytes.push(extra);
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else bytes.push(0x3f);
  }
  return Buffer.from(bytes);
}

/** A PDF literal string `( … )` of WinAnsi bytes, with `\`, `(` and `)` escaped. */
export function pdfLiteralString(text: string): Buffer {
  const escaped: number[] = [];
  for (const byte of winAnsiBytes(text)) {
    if (byte === 0x5c || byte === 0x28 || byte === 0x29) escaped.push(0x5c);
    escaped.push(byte);
  }
  return Buffer.concat([Buffer.from('('), Buffer.from(escaped), Buffer.from(')')]);
}
