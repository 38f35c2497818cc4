import { decodeHtmlEntities } from './html-entities';
import { scanHtml } from './html-scanner';
import { buildDocument, decodeText, type ParsedDocument } from './parsed-document';
import { SectionBuilder } from './section-builder';

/** Never knowledge: code, site chrome and interactive controls. */
const SKIPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas',
  'nav', 'aside', 'form', 'button', 'select', 'textarea',
]);
/** ARIA landmarks that mark the same chrome when sites use `<div role=...>` instead of the elements. */
const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
/** Inside these, `<header>`/`<footer>` belong to the content (an article's title block), not the page. */
const SECTIONING_ELEMENTS = new Set(['article', 'main', 'section']);
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const PARAGRAPH_ELEMENTS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'header', 'html', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul',
]);
/** Kept as lines of one paragraph so a list or table stays together when chunked. */
const LINE_ELEMENTS = new Set(['li', 'tr', 'dt', 'dd']);

interface OpenElement {
  name: string;
  skip: boolean;
}

/**
 * Parses `text/html` with a tolerant scanner: boilerplate (scripts, styles, navigation, page
 * header/footer, asides) is dropped, entities are decoded and `<h1>`–`<h6>` open sections.
 * The title is `<title>`, else the first `<h1>`.
 */
export function parseHtml(input: string | Buffer): ParsedDocument {
  const builder = new SectionBuilder();
  const open: OpenElement[] = [];
  let lines: string[] = [];
  let line = '';
  let heading: { level: number; text: string } | undefined;
  let title: string | undefined;
  let firstH1: string | undefined;
  let inTitle = false;
  let preDepth = 0;

  const breakLine = (): void => {
    const text = line.trim();
    if (text !== '' && text !== '-') lines.push(text);
    line = '';
  };
  const breakParagraph = (): void => {
    breakLine();
    builder.addBlock(lines.join('\n'));
    lines = [];
  };
  const appendText = (raw: string): void => {
    if (preDepth > 0) {
      line += raw;
      return;
    }
    const collapsed = raw.replace(/\s+/g, ' ');
    line += line === '' || line.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
  };
  const close = (element: OpenElement): void => {
    if (element.name === 'title') inTitle = false;
    if (element.skip) return;
    const level = headingLevel(element.name);
    if (level !== undefined && heading) {
      const text = heading.text.replace(/\s+/g, ' ').trim();
      if (level === 1) firstH1 ??= text || undefined;
      builder.startHeading(heading.level, text);
      heading = undefined;
    } else if (element.name === 'pre') preDepth = Math.max(0, preDepth - 1);
    if (PARAGRAPH_ELEMENTS.has(element.name)) breakParagraph();
    else if (LINE_ELEMENTS.has(element.name)) breakLine();
  };

  for (const token of scanHtml(decodeText(input))) {
    const skipping = open[open.length - 1]?.skip ?? false;
    if (token.kind === 'text') {
      const text = decodeHtmlEntities(token.text);
      if (inTitle) title = (title ?? '') + text;
      else if (skipping) continue;
      else if (heading) heading.text += text;
      else appendText(text);
    } else if (token.kind === 'end') {
      const index = open.map((element) => element.name).lastIndexOf(token.name);
      // An end tag with no matching start tag is ignored; one that skips over unclosed
      // elements closes them too, which is how browsers recover from `<li>` without `</li>`.
      while (index !== -1 && open.length > index) close(open.pop()!);
    } else {
      const skip = skipping || isBoilerplate(token.name, token.attributes, open);
      if (!skip) {
        if (token.name === 'title' && title === undefined) inTitle = true;
        if (PARAGRAPH_ELEMENTS.has(token.name) || token.name === 'hr') breakParagraph();
        else if (LINE_ELEMENTS.has(token.name) || token.name === 'br') breakLine();
        if (token.name === 'li') line = '- ';
        if ((token.name === 'td' || token.name === 'th') && line.trim() !== '') line = `${line.trimEnd()} | `;
        if (token.name === 'pre') preDepth++;
        const level = headingLevel(token.name);
        if (level !== undefined) {
          breakParagraph();
          heading = { level, text: '' };
        }
      }
      if (!VOID_ELEMENTS.has(token.name) && !token.selfClosing) open.push({ name: token.name, skip });
    }
  }
  while (open.length > 0) close(open.pop()!);
  breakParagraph();
  return buildDocument(builder.finish(), title?.replace(/\s+/g, ' ').trim() || firstH1);
}

function headingLevel(name: string): number | undefined {
  return /^h[1-6]$/.test(name) ? Number(name[1]) : undefined;
}

function isBoilerplate(name: string, attributes: Readonly<Record<string, string>>, open: readonly OpenElement[]): boolean {
  if (SKIPPED_ELEMENTS.has(name)) return true;
  if (attributes['hidden'] !== undefined || attributes['aria-hidden'] === 'true') return true;
  const role = attributes['role'];
  if (role !== undefined && BOILERPLATE_ROLES.has(role.toLowerCase())) return true;
  if (name === 'header' || name === 'footer') return !open.some((element) => SECTIONING_ELEMENTS.has(element.name));
  return false;
}
