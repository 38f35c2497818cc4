import { stripInlineMarkdown } from './markdown-inline';
import { buildDocument, decodeText, type ParsedDocument } from './parsed-document';
import { SectionBuilder } from './section-builder';

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
const TABLE_DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;

/**
 * Parses `text/markdown`. Headings (ATX `#` and setext underlines) become section boundaries
 * with their trail kept; fenced code is kept verbatim as text; inline syntax is reduced to the
 * text a reader sees. The title is front matter's `title:` or else the first level-1 heading.
 */
export async function parseMarkdown(input: string | Buffer): Promise<ParsedDocument> {
  const { body, title: frontMatterTitle } = splitFrontMatter(decodeText(input));
  const builder = new SectionBuilder();
  let firstH1: string | undefined;
  let paragraph: string[] = [];
  let fence: { marker: string; lines: string[] } | undefined;

  const flushParagraph = (): void => {
    builder.addBlock(paragraph.map(cleanLine).filter((line) => line !== '').join('\n'));
    paragraph = [];
  };
  const heading = (level: number, raw: string): void => {
    const text = stripInlineMarkdown(raw).trim();
    if (level === 1 && firstH1 === undefined && text !== '') firstH1 = text;
    builder.startHeading(level, text);
  };

  for (const line of body.split('\n')) {
    if (fence) {
      const closing = line.trim();
      if (closing.startsWith(fence.marker) && closing.replace(/[`~]/g, '') === '') {
        builder.addBlock(fence.lines.join('\n'));
        fence = undefined;
      } else fence.lines.push(line);
      continue;
    }
    const fenceOpen = FENCE_OPEN.exec(line);
    const atx = ATX_HEADING.exec(line);
    const setext = SETEXT_UNDERLINE.exec(line);
    if (fenceOpen) {
      flushParagraph();
      fence = { marker: fenceOpen[1]!, lines: [] };
    } else if (atx) {
      flushParagraph();
      heading(atx[1]!.length, atx[2] ?? '');
    } else if (setext && paragraph.length === 1 && !LIST_ITEM.test(paragraph[0]!)) {
      // A single paragraph line underlined with === or --- is a heading, not text plus a rule.
      const text = paragraph[0]!;
      paragraph = [];
      heading(setext[1]!.startsWith('=') ? 1 : 2, text);
    } else if (line.trim() === '') {
      flushParagraph();
    } else if (THEMATIC_BREAK.test(line)) {
      flushParagraph();
    } else if (!REFERENCE_DEFINITION.test(line) && !TABLE_DELIMITER_ROW.test(line)) {
      paragraph.push(line);
    }
  }
  // An unclosed fence runs to the end of the document, as CommonMark specifies.
  if (fence) builder.addBlock(fence.lines.join('\n'));
  flushParagraph();
  return buildDocument(builder.finish(), frontMatterTitle ?? firstH1);
}

/** Removes block markers (quotes, bullets, table pipes) but keeps one line per list item. */
function cleanLine(line: string): string {
  let text = line.trim().replace(/^(?:>[ \t]?)+/, '');
  text = text.replace(/^[-*+][ \t]+(\[[ xX]\][ \t]+)?/, '- ');
  if (text.startsWith('|')) {
    text = text
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim())
      .join(' | ');
  }
  return stripInlineMarkdown(text).trim();
}

function splitFrontMatter(source: string): { body: string; title?: string } {
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source);
  if (!match) return { body: source };
  const body = source.slice(match[0].length);
  const title = /^title:[ \t]*(.+)$/m.exec(match[1]!)?.[1]?.trim().replace(/^(["'])(.*)\1$/, '$2');
  return title ? { body, title } : { body };
}
