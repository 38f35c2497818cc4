/** What `upload` sends, by file extension; anything else is skipped with a note. */
export const MEDIA_TYPE_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const SUPPORTED_EXTENSIONS = Object.keys(MEDIA_TYPE_BY_EXTENSION);

const SUPPORTED_MEDIA_TYPES = new Set(Object.values(MEDIA_TYPE_BY_EXTENSION));

/** `Text/HTML; charset=utf-8` → `text/html`, or undefined when the gateway would refuse it. */
export function supportedMediaType(contentType: string | null | undefined): string | undefined {
  const base = contentType?.split(';')[0]?.trim().toLowerCase();
  return base && SUPPORTED_MEDIA_TYPES.has(base) ? base : undefined;
}

export function mediaTypeOfName(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : MEDIA_TYPE_BY_EXTENSION[name.slice(dot).toLowerCase()];
}
