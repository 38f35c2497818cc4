import * as path from 'node:path';
import { mediaTypeOfName, supportedMediaType } from './media-types';

export interface FetchedDocument {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  readonly filename: string;
  readonly title: string;
}

/**
 * Downloads a URL for upload. The media type is the response's Content-Type when the gateway
 * takes it, else the path's extension (servers often say application/octet-stream); the title
 * is the HTML `<title>`, else the URL without its scheme.
 */
export async function fetchUrl(url: URL, fetchImpl: typeof fetch = fetch): Promise<FetchedDocument> {
  const response = await fetchImpl(url).catch((error: unknown) => {
    throw new Error(`could not fetch ${url.href}: ${describeCause(error)}`);
  });
  if (!response.ok) throw new Error(`could not fetch ${url.href}: the server answered ${response.status} ${response.statusText}`);
  const segment = decodeURIComponent(path.posix.basename(url.pathname));
  const mediaType = supportedMediaType(response.headers.get('content-type')) ?? mediaTypeOfName(segment);
  if (!mediaType) throw new Error(`${url.href} is ${response.headers.get('content-type') ?? 'of no stated type'}; only Markdown, text, HTML, PDF and DOCX can be uploaded`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const filename = segment.length > 0 && segment.includes('.') ? segment : `${segment || url.hostname}${mediaType === 'text/html' ? '.html' : ''}`;
  const title = (mediaType === 'text/html' ? htmlTitle(Buffer.from(bytes).toString('utf8')) : undefined) ?? `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  return { bytes, mediaType, filename, title: title.slice(0, 500) };
}

/** The `<title>` text, entities for `&`, `<`, `>` and quotes decoded, whitespace collapsed. */
export function htmlTitle(html: string): string | undefined {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const text = match?.[1]
    ?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ').trim();
  return text && text.length > 0 ? text : undefined;
}

export function describeCause(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown }).code;
  const message = cause instanceof Error ? cause.message : String(cause);
  return typeof code === 'string' && !message.includes(code) ? `${code} ${message}` : message;
}
