import { ENCRYPTED_DOCUMENT_CODE, PARSE_FAILED_CODE, uploadError } from '../../domain/ingestion-errors';
import type { ParsedDocument } from '../../domain/parsing/parsed-document';
import { layoutPdf } from '../../domain/parsing/pdf/pdf-layout';
import type { PdfPageText, PdfTextItem } from '../../domain/parsing/pdf/pdf-text';
import { loadPdfJs, type PdfJs } from './pdfjs.loader';

type PdfDocumentProxy = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type TextContentItem = Awaited<ReturnType<Awaited<ReturnType<PdfDocumentProxy['getPage']>>['getTextContent']>>['items'][number];

/**
 * Parses `application/pdf` with pdfjs-dist: the text layer of each page, as positioned runs,
 * goes to the domain's layout analysis. pdfjs is told to evaluate no code, load no system
 * fonts and fetch nothing: text extraction needs none of it, and uploads are untrusted.
 */
export async function parsePdf(bytes: Buffer): Promise<ParsedDocument> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // A copy: pdfjs takes ownership of the array it is given, and a Buffer may share a pool.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw translate(error);
    });
    const pages: PdfPageText[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      pages.push({ pageNumber, items: content.items.flatMap(toTextItem) });
      page.cleanup();
    }
    return layoutPdf(pages, await metadataTitle(document));
  } finally {
    await task.destroy();
  }
}

/** Marked-content markers carry no text; a run's size is the vertical scale of its matrix. */
function toTextItem(item: TextContentItem): PdfTextItem[] {
  if (!('str' in item)) return [];
  const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
  return [{ text: item.str, x, y, width: item.width, fontSize: Math.hypot(c, d) }];
}

async function metadataTitle(document: PdfDocumentProxy): Promise<string | undefined> {
  const { info } = await document.getMetadata().catch(() => ({ info: undefined }));
  const title = (info as { Title?: unknown } | undefined)?.Title;
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
}

/** pdfjs errors are told apart by `name`: its exception classes are not exported for `instanceof`. */
function translate(error: unknown): Error {
  const name = error instanceof Error ? error.name : '';
  const reason = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return uploadError(
      ENCRYPTED_DOCUMENT_CODE,
      'The PDF is password-protected, so its text cannot be read. Remove the password (for example by printing it to a new PDF) and upload it again.',
      { mediaType: 'application/pdf' },
      error,
    );
  }
  return uploadError(PARSE_FAILED_CODE, `The PDF could not be read: ${reason}. Check that the file opens in a PDF viewer, then export it again and upload the new file.`, { mediaType: 'application/pdf', reason }, error);
}
