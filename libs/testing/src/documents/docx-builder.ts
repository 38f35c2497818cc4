import { strToU8, zipSync } from 'fflate';
import { CONTENT_TYPES_XML, DOCUMENT_RELS_XML, PACKAGE_RELS_XML, STYLES_XML, WORDPROCESSING_NAMESPACE, xmlText } from './docx-parts';

/** A paragraph (a heading when `heading` is set, styled Heading1–3) or a table of rows of cells. */
export type DocxBlock = { heading?: 1 | 2 | 3; text: string } | { table: string[][] };

export interface DocxSpec {
  blocks: DocxBlock[];
}

/** A bordered table column of about 1.6 inches; Word recomputes widths on open anyway. */
const CELL_WIDTH_TWIPS = 2300;

/**
 * Writes a minimal valid DOCX: the content types, the package and document relationships,
 * `word/document.xml` and `word/styles.xml` with Heading1–3, zipped with fflate. Word, LibreOffice
 * and mammoth open it; mammoth maps the heading styles to `<h1>`–`<h3>`.
 */
export function buildDocx(spec: DocxSpec): Buffer {
  const body = spec.blocks.map((block) => ('table' in block ? table(block.table) : paragraph(block.text, block.heading))).join('\n');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${WORDPROCESSING_NAMESPACE}"><w:body>
${body}
<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>
</w:body></w:document>`;
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(CONTENT_TYPES_XML),
      '_rels/.rels': strToU8(PACKAGE_RELS_XML),
      'word/document.xml': strToU8(document),
      'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELS_XML),
      'word/styles.xml': strToU8(STYLES_XML),
    }),
  );
}

function paragraph(text: string, heading?: number): string {
  const style = heading === undefined ? '' : `<w:pPr><w:pStyle w:val="Heading${heading}"/></w:pPr>`;
  return `<w:p>${style}<w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;
}

function table(rows: readonly string[][]): string {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const grid = `<w:tblGrid>${`<w:gridCol w:w="${CELL_WIDTH_TWIPS}"/>`.repeat(columns)}</w:tblGrid>`;
  const cells = (row: readonly string[]): string =>
    Array.from({ length: columns }, (_, i) => `<w:tc><w:tcPr><w:tcW w:w="${CELL_WIDTH_TWIPS}" w:type="dxa"/></w:tcPr>${paragraph(row[i] ?? '')}</w:tc>`).join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${rows.map((row) => `<w:tr>${cells(row)}</w:tr>`).join('')}</w:tbl>`;
}
