/** One lexical piece of an HTML document; comments, doctypes and processing instructions are dropped. */
export type HtmlToken =
  | { kind: 'text'; text: string }
  | { kind: 'start'; name: string; attributes: Readonly<Record<string, string>>; selfClosing: boolean }
  | { kind: 'end'; name: string };

/** Elements whose content is raw text: a `<` inside them does not open a tag. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp']);
const TAG_NAME = /^[A-Za-z][A-Za-z0-9:-]*/;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/**
 * A tolerant HTML tokenizer: it never throws, treats a stray `<` as text and runs an
 * unterminated comment or tag to the end of input. Entities are left for the caller to decode
 * so that text and attribute values are decoded by the same rules.
 */
export function* scanHtml(html: string): Generator<HtmlToken> {
  let position = 0;
  while (position < html.length) {
    const open = html.indexOf('<', position);
    if (open === -1) {
      yield { kind: 'text', text: html.slice(position) };
      return;
    }
    if (open > position) yield { kind: 'text', text: html.slice(position, open) };
    const rest = html.slice(open, open + 9);
    if (rest.startsWith('<!--')) {
      position = endOf(html, '-->', open + 4);
    } else if (rest.startsWith('<![CDATA[')) {
      const close = html.indexOf(']]>', open + 9);
      yield { kind: 'text', text: html.slice(open + 9, close === -1 ? html.length : close) };
      position = close === -1 ? html.length : close + 3;
    } else if (rest.startsWith('<!') || rest.startsWith('<?')) {
      position = endOf(html, '>', open + 2);
    } else {
      const closing = html[open + 1] === '/';
      const name = TAG_NAME.exec(html.slice(open + (closing ? 2 : 1)))?.[0];
      if (name === undefined) {
        yield { kind: 'text', text: '<' };
        position = open + 1;
        continue;
      }
      const tagEnd = findTagEnd(html, open + name.length + 1);
      const lowerName = name.toLowerCase();
      position = tagEnd + 1;
      if (closing) {
        yield { kind: 'end', name: lowerName };
        continue;
      }
      const inside = html.slice(open + 1 + name.length, tagEnd);
      const selfClosing = inside.trimEnd().endsWith('/');
      yield { kind: 'start', name: lowerName, attributes: parseAttributes(inside), selfClosing };
      if (RAW_TEXT_ELEMENTS.has(lowerName) && !selfClosing) {
        // A case-insensitive search, not toLowerCase(): lower-casing can change string length.
        const closer = new RegExp(`</${lowerName}`, 'gi');
        closer.lastIndex = position;
        const close = closer.exec(html)?.index ?? -1;
        const contentEnd = close === -1 ? html.length : close;
        if (contentEnd > position) yield { kind: 'text', text: html.slice(position, contentEnd) };
        yield { kind: 'end', name: lowerName };
        position = close === -1 ? html.length : findTagEnd(html, close) + 1;
      }
    }
  }
}

function endOf(html: string, terminator: string, from: number): number {
  const index = html.indexOf(terminator, from);
  return index === -1 ? html.length : index + terminator.length;
}

/** Index of the `>` closing a tag, skipping any `>` inside quoted attribute values. */
function findTagEnd(html: string, from: number): number {
  let quote: string | undefined;
  for (let index = from; index < html.length; index++) {
    const char = html[index];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return index;
  }
  return html.length;
}

function parseAttributes(inside: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of inside.matchAll(ATTRIBUTE)) {
    attributes[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return attributes;
}
