import { contentRootOf, isBoilerplate, preferredContentRoot } from './html-boilerplate';
import { decodeHtmlEntities } from './html-entities';
import { scanHtml } from './html-scanner';
import { buildDocument, decodeText, type ParsedDocument } from './parsed-document';
import { SectionBuilder } from './section-builder';

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const PARAGRAPH_ELEMENTS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'header', 'html', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul',
]);
/** Kept as lines of one paragraph so a list or table stays together when chunked. */
const LINE_ELEMENTS = new Set(['li', 'tr', 'dt', 'dd']);

export interface HtmlParseOptions {
  /**
   * `inline` (default) keeps a table's rows as lines of the surrounding section; `sections`
   * makes each table a section of its own (DOCX, SPEC IN-01: tables extracted separately).
   */
  tables?: 'inline' | 'sections';
}

interface OpenElement {
  name: string;
  /** Boilerplate, or inside boilerplate: dropped whatever else holds. */
  skip: boolean;
  /** Outside the page's preferred content root (`<main>`, else `<article>`), when it has one. */
  outside: boolean;
}

/**
 * Parses `text/html` with a tolerant scanner: boilerplate (scripts, styles, navigation, page
 * header/footer, asides, forms, consent banners) is dropped, and when the page has a `<main>`
 * (else `<article>`) only its content is kept. Entities are decoded and `<h1>`–`<h6>` open
 * sections. The title is `<title>`, else the first `<h1>`.
 */
export async function parseHtml(input: string | Buffer, options: HtmlParseOptions = {}): Promise<ParsedDocument> {
  const tokens = [...scanHtml(decodeText(input))];
  const root = preferredContentRoot(tokens);
  const tablesAsSections = options.tables === 'sections';
  const builder = new SectionBuilder();
  const open: OpenElement[] = [];
  let lines: string[] = [];
  let line = '';
  let heading: { level: number; text: string } | undefined;
  let title: string | undefined;
  let firstH1: string | undefined;
  let inTitle = false;
  let preDepth = 0;
  let cellDepth = 0;
  let tableDepth = 0;

  const breakLine = (): void => {
    const text = line.trim();
    if (text !== '' && text !== '-') lines.push(text);
    line = '';
  };
  const breakParagraph = (): void => {
    breakLine();
    // A table collected as its own section stays one block of rows until it closes.
    if (tablesAsSections && tableDepth > 0) return;
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
  // Inside a cell, blocks (DOCX cells always hold `<p>`) are spaces: a row stays one line.
  const blockBoundary = (name: string): void => {
    if (cellDepth > 0 && (PARAGRAPH_ELEMENTS.has(name) || LINE_ELEMENTS.has(name) || name === 'br')) appendText(' ');
    else if (PARAGRAPH_ELEMENTS.has(name) || name === 'hr') breakParagraph();
    else if (LINE_ELEMENTS.has(name) || name === 'br') breakLine();
  };
  const close = (element: OpenElement): void => {
    if (element.name === 'title') inTitle = false;
    if (element.skip || element.outside) return;
    const level = headingLevel(element.name);
    if (level !== undefined && heading) {
      const text = heading.text.replace(/\s+/g, ' ').trim();
      if (level === 1) firstH1 ??= text || undefined;
      builder.startHeading(heading.level, text);
      heading = undefined;
    } else if (element.name === 'pre') preDepth = Math.max(0, preDepth - 1);
    else if (element.name === 'td' || element.name === 'th') cellDepth = Math.max(0, cellDepth - 1);
    if (element.name === 'table' && tableDepth > 0 && --tableDepth === 0 && tablesAsSections) {
      breakLine();
      builder.addTable(lines.join('\n'));
      lines = [];
    } else blockBoundary(element.name);
  };

  for (const token of tokens) {
    const parent = open[open.length - 1];
    const skipping = parent?.skip ?? false;
    const outside = parent?.outside ?? root !== undefined;
    if (token.kind === 'text') {
      const text = decodeHtmlEntities(token.text);
      if (inTitle) title = (title ?? '') + text;
      else if (skipping || outside) continue;
      else if (heading) heading.text += text;
      else appendText(text);
    } else if (token.kind === 'end') {
      const index = open.map((element) => element.name).lastIndexOf(token.name);
      // An end tag with no matching start tag is ignored; one that skips over unclosed
      // elements closes them too, which is how browsers recover from `<li>` without `</li>`.
      while (index !== -1 && open.length > index) close(open.pop()!);
    } else {
      const element: OpenElement = {
        name: token.name,
        skip: skipping || isBoilerplate(token.name, token.attributes, open.map((entry) => entry.name)),
        outside: outside && (root === undefined || contentRootOf(token.name, token.attributes) !== root),
      };
      if (!element.skip && token.name === 'title' && title === undefined) inTitle = true;
      if (!element.skip && !element.outside) {
        if (token.name === 'table') {
          // Flush the prose before the table while it still counts as prose.
          if (tableDepth === 0 && tablesAsSections) breakParagraph();
          tableDepth++;
        }
        blockBoundary(token.name);
        if (token.name === 'li' && cellDepth === 0) line = '- ';
        if (token.name === 'td' || token.name === 'th') {
          if (line.trim() !== '') line = `${line.trimEnd()} | `;
          cellDepth++;
        }
        if (token.name === 'pre') preDepth++;
        const level = headingLevel(token.name);
        if (level !== undefined) {
          breakParagraph();
          heading = { level, text: '' };
        }
      }
      if (!VOID_ELEMENTS.has(token.name) && !token.selfClosing) open.push(element);
    }
  }
  while (open.length > 0) close(open.pop()!);
  breakParagraph();
  return buildDocument(builder.finish(), title?.replace(/\s+/g, ' ').trim() || firstH1);
}

function headingLevel(name: string): number | undefined {
  return /^h[1-6]$/.test(name) ? Number(name[1]) : undefined;
}
