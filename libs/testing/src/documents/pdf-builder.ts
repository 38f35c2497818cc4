import { createHash } from 'node:crypto';
import { standardEncryption, type StandardEncryption } from './pdf-encryption';
import { pdfLiteralString, winAnsiBytes } from './win-ansi';

/** One paragraph or heading: a larger `fontSize` than the body's 11 pt reads as a heading. */
export interface PdfBlock {
  text: string;
  fontSize?: number;
}

export interface PdfSpec {
  /** One entry per page; a page with no blocks has no text layer (like a scan). */
  pages: { blocks: PdfBlock[] }[];
  /** Sets the document information dictionary's `/Title`. */
  title?: string;
  /** Protects the file with the Standard security handler and the user password {@link BUILT_PDF_USER_PASSWORD}. */
  encrypted?: boolean;
}

/** The user password of `buildPdf({ encrypted: true })`, so a spec can also open the file. */
export const BUILT_PDF_USER_PASSWORD = 'sagewire-user';
const OWNER_PASSWORD = 'sagewire-owner';
const BODY_SIZE = 11;
const PAGE = { width: 612, height: 792, margin: 72 };
/** Helvetica's average advance is about half the font size: a fair line-wrap estimate. */
const AVERAGE_CHAR_WIDTH = 0.5;

/**
 * Writes a small, valid PDF 1.4: Helvetica (a standard font, WinAnsi text, nothing embedded),
 * one content stream per page, blocks wrapped to the page width and set top to bottom with a
 * paragraph gap, and a cross-reference table with exact byte offsets.
 */
export function buildPdf(spec: PdfSpec): Buffer {
  const fileId = createHash('md5').update(JSON.stringify(spec)).digest();
  const encryption = spec.encrypted ? standardEncryption(BUILT_PDF_USER_PASSWORD, OWNER_PASSWORD, fileId) : undefined;
  const objects: Buffer[] = [];
  const add = (body: Buffer | string): number => objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);

  add('<< /Type /Catalog /Pages 2 0 R >>');
  const pageNumbers = spec.pages.map((_, i) => 4 + i * 2);
  add(`<< /Type /Pages /Kids [${pageNumbers.map((n) => `${n} 0 R`).join(' ')}] /Count ${spec.pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (const page of spec.pages) {
    const pageObject = objects.length + 1;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageObject + 1} 0 R >>`);
    add(stream(pageObject + 1, contentStream(page.blocks), encryption));
  }
  const info = spec.title === undefined ? undefined : add(infoDictionary(objects.length + 1, spec.title, encryption));
  const encrypt = encryption && add(encryption.dictionary);
  return serialise(objects, [
    `/Size ${objects.length + 1} /Root 1 0 R`,
    info === undefined ? '' : ` /Info ${info} 0 R`,
    encrypt === undefined ? '' : ` /Encrypt ${encrypt} 0 R`,
    ` /ID [<${fileId.toString('hex')}> <${fileId.toString('hex')}>]`,
  ].join(''));
}

/** Text operators for one page: each wrapped line is placed with absolute coordinates. */
function contentStream(blocks: readonly PdfBlock[]): Buffer {
  const parts: Buffer[] = [];
  let y = PAGE.height - PAGE.margin;
  for (const block of blocks) {
    const size = block.fontSize ?? BODY_SIZE;
    if (size > BODY_SIZE && y < PAGE.height - PAGE.margin) y -= size * 0.6; // space above a heading
    for (const line of wrap(block.text, Math.floor((PAGE.width - 2 * PAGE.margin) / (size * AVERAGE_CHAR_WIDTH)))) {
      y -= size * 1.2;
      parts.push(Buffer.from(`BT /F1 ${size} Tf ${PAGE.margin} ${y.toFixed(2)} Td `), pdfLiteralString(line), Buffer.from(' Tj ET\n'));
    }
    y -= size * 0.8; // paragraph gap
  }
  return Buffer.concat(parts);
}

/** Greedy word wrap; explicit newlines in the text are kept as line breaks. */
function wrap(text: string, width: number): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '') lines.push(line);
    return lines;
  });
}

function stream(objectNumber: number, data: Buffer, encryption: StandardEncryption | undefined): Buffer {
  const body = encryption ? encryption.encrypt(objectNumber, data) : data;
  return Buffer.concat([Buffer.from(`<< /Length ${body.length} >>\nstream\n`), body, Buffer.from('\nendstream')]);
}

function infoDictionary(objectNumber: number, title: string, encryption: StandardEncryption | undefined): Buffer {
  if (!encryption) return Buffer.concat([Buffer.from('<< /Title '), pdfLiteralString(title), Buffer.from(' >>')]);
  // Strings are encrypted too; hex keeps the ciphertext free of bytes that need escaping.
  const cipher = encryption.encrypt(objectNumber, winAnsiBytes(title));
  return Buffer.from(`<< /Title <${cipher.toString('hex')}> >>`);
}

/** Header, numbered objects, then the xref table whose entries are exactly 20 bytes each. */
function serialise(objects: readonly Buffer[], trailer: string): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(part);
    length += part.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< ${trailer} >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
