import { importEsm } from './esm-import.cjs';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/**
 * pdfjs-dist, loaded once on first use. The legacy build is the one that runs on Node. In Node
 * pdfjs never starts a worker thread: it runs its worker code in-process ("fake worker"),
 * loading `pdf.worker.mjs` beside `pdf.mjs` on first use, so no worker URL has to be set.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= importEsm<PdfJs>('pdfjs-dist/legacy/build/pdf.mjs').catch((error: unknown) => {
    loading = undefined; // let a later upload try again instead of caching the failure
    throw error;
  });
  return loading;
}
