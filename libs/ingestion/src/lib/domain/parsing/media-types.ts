/** Media types ingestion reads, by the format that decides how bytes are checked and parsed. */
export const MARKDOWN_MEDIA_TYPES = ['text/markdown', 'text/x-markdown'] as const;
export const PLAIN_TEXT_MEDIA_TYPE = 'text/plain';
export const HTML_MEDIA_TYPES = ['text/html', 'application/xhtml+xml'] as const;
export const PDF_MEDIA_TYPE = 'application/pdf';
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The `type/subtype` part of a media type, lower-cased: parameters such as `charset` choose nothing. */
export function mediaTypeEssence(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

/** Whether the media type names text (decoded as UTF-8), as opposed to a binary container. */
export function isTextMediaType(mediaType: string): boolean {
  const essence = mediaTypeEssence(mediaType);
  return essence.startsWith('text/') || essence === 'application/xhtml+xml';
}
