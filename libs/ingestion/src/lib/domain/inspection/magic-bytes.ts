import { DOCX_MEDIA_TYPE, PDF_MEDIA_TYPE } from '../parsing/media-types';

/** A binary format recognised by its leading bytes. */
export interface SniffedFormat {
  mediaType: string;
  /** How a person would name it, with its article: "a PNG image". */
  description: string;
}

interface Signature extends SniffedFormat {
  bytes: readonly (number | undefined)[];
  offset?: number;
  /** A second look for signatures short or common enough to begin plain text by chance. */
  confirm?: (bytes: Buffer) => boolean;
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
/** Real executables and archives carry NUL bytes near their start; text starting "MZ" does not. */
const hasNulNear = (bytes: Buffer): boolean => bytes.subarray(0, 64).includes(0);

const SIGNATURES: readonly Signature[] = [
  { mediaType: PDF_MEDIA_TYPE, description: 'a PDF document', bytes: ascii('%PDF-') },
  { mediaType: 'image/png', description: 'a PNG image', bytes: [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', description: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/gif', description: 'a GIF image', bytes: ascii('GIF8') },
  { mediaType: 'image/webp', description: 'a WebP image', bytes: [...ascii('RIFF'), undefined, undefined, undefined, undefined, ...ascii('WEBP')] },
  { mediaType: 'image/tiff', description: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { mediaType: 'image/tiff', description: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { mediaType: 'video/mp4', description: 'an MP4/QuickTime video', bytes: ascii('ftyp'), offset: 4 },
  { mediaType: 'audio/mpeg', description: 'an MP3 file', bytes: ascii('ID3'), confirm: hasNulNear },
  { mediaType: 'application/x-executable', description: 'an ELF executable', bytes: [0x7f, ...ascii('ELF')] },
  { mediaType: 'application/vnd.microsoft.portable-executable', description: 'a Windows executable', bytes: ascii('MZ'), confirm: hasNulNear },
  { mediaType: 'application/x-mach-binary', description: 'a macOS executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { mediaType: 'application/java-vm', description: 'a Java class file', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { mediaType: 'application/wasm', description: 'a WebAssembly module', bytes: [0x00, ...ascii('asm')] },
  { mediaType: 'application/gzip', description: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { mediaType: 'application/x-7z-compressed', description: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { mediaType: 'application/vnd.rar', description: 'a RAR archive', bytes: ascii('Rar!\x1a\x07') },
  { mediaType: 'application/x-xz', description: 'an xz archive', bytes: [0xfd, ...ascii('7zXZ'), 0x00] },
  { mediaType: 'application/zstd', description: 'a Zstandard archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { mediaType: 'application/vnd.sqlite3', description: 'an SQLite database', bytes: ascii('SQLite format 3\0') },
  { mediaType: 'application/x-ole-storage', description: 'a legacy Office file (.doc/.xls/.ppt)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

/** A ZIP's member names are stored uncompressed, so the package kind shows in its raw bytes. */
const ZIP_PACKAGES: readonly { member: string; format: SniffedFormat }[] = [
  { member: 'word/document.xml', format: { mediaType: DOCX_MEDIA_TYPE, description: 'a Word document (DOCX)' } },
  { member: 'xl/workbook.xml', format: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: 'an Excel workbook (XLSX)' } },
  { member: 'ppt/presentation.xml', format: { mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', description: 'a PowerPoint presentation (PPTX)' } },
  { member: 'content.xml', format: { mediaType: 'application/vnd.oasis.opendocument', description: 'an OpenDocument file' } },
];
const ZIP: SniffedFormat = { mediaType: 'application/zip', description: 'a ZIP archive' };

/**
 * The binary format the bytes start with, or undefined for anything else (text, or a format
 * not listed). Only leading bytes are read, except for a ZIP, whose member names tell a DOCX
 * from any other package.
 */
export function sniffFormat(bytes: Buffer): SniffedFormat | undefined {
  if (startsWith(bytes, ascii('PK\x03\x04')) || startsWith(bytes, ascii('PK\x05\x06'))) {
    return ZIP_PACKAGES.find((candidate) => bytes.includes(candidate.member, 0, 'latin1'))?.format ?? ZIP;
  }
  const match = SIGNATURES.find((signature) => startsWith(bytes, signature.bytes, signature.offset) && (signature.confirm?.(bytes) ?? true));
  return match && { mediaType: match.mediaType, description: match.description };
}

function startsWith(bytes: Buffer, signature: readonly (number | undefined)[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => byte === undefined || bytes[offset + index] === byte);
}
