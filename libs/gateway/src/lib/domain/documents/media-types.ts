/** What the ingestion parsers read; anything else is refused at upload (415). */
export const SUPPORTED_MEDIA_TYPES = [
  'text/markdown',
  'text/plain',
  'text/html',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export type SupportedMediaType = (typeof SUPPORTED_MEDIA_TYPES)[number];

const BY_EXTENSION: Readonly<Record<string, SupportedMediaType>> = {
  md: 'text/markdown',
  markdown: 'text/markdown',
  txt: 'text/plain',
  text: 'text/plain',
  html: 'text/html',
  htm: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** `Text/Plain; charset=utf-8` → `text/plain`. */
export function baseMediaType(value: string): string {
  return value.split(';')[0]!.trim().toLowerCase();
}

export function isSupportedMediaType(value: string): value is SupportedMediaType {
  return (SUPPORTED_MEDIA_TYPES as readonly string[]).includes(value);
}

/**
 * The media type of an upload: the declared one when supported, else the file extension's
 * (browsers and curl often send `application/octet-stream` for `.md`, and some clients for `.pdf`
 * and `.docx`). Undefined: unsupported. Whether the bytes really are of that type is ingestion's
 * check, where a mismatch becomes a recorded failure of the version.
 */
export function resolveMediaType(declared: string | undefined, filename: string | undefined): SupportedMediaType | undefined {
  const base = declared ? baseMediaType(declared) : undefined;
  if (base && isSupportedMediaType(base)) return base;
  const extension = filename?.includes('.') ? filename.split('.').pop()!.toLowerCase() : undefined;
  return extension ? BY_EXTENSION[extension] : undefined;
}
