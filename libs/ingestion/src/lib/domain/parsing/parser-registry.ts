import { AppError } from '@sagewire/errors';
import type { DocumentParser } from './parsed-document';
import { mediaTypeEssence } from './media-types';

/** Error code for an upload whose format has no parser; retrying the same upload cannot succeed. */
export const UNSUPPORTED_MEDIA_TYPE_CODE = 'INGESTION.UNSUPPORTED_MEDIA_TYPE';

/** One parser and the media types it reads. */
export interface ParserEntry {
  /** Name and version, as `DocumentParsed.parser` carries it (`markdown@1`). */
  readonly id: string;
  readonly mediaTypes: readonly string[];
  readonly parse: DocumentParser;
}

/**
 * The parsers available to a process, by media type. Built at the composition root because
 * the PDF and DOCX parsers are adapters around third-party libraries the domain may not import.
 */
export class ParserRegistry {
  private readonly byMediaType: ReadonlyMap<string, ParserEntry>;

  constructor(entries: readonly ParserEntry[]) {
    this.byMediaType = new Map(entries.flatMap((entry) => entry.mediaTypes.map((mediaType) => [mediaType, entry] as const)));
  }

  /** Every media type with a parser, without parameters. */
  get mediaTypes(): readonly string[] {
    return [...this.byMediaType.keys()];
  }

  /** Whether {@link entryFor} accepts this media type; parameters such as `charset` are ignored. */
  supports(mediaType: string): boolean {
    return this.byMediaType.has(mediaTypeEssence(mediaType));
  }

  /**
   * The parser for a media type such as `text/html; charset=utf-8`.
   * @throws AppError `INGESTION.UNSUPPORTED_MEDIA_TYPE` (not retriable) when there is none.
   */
  entryFor(mediaType: string): ParserEntry {
    const entry = this.byMediaType.get(mediaTypeEssence(mediaType));
    if (entry) return entry;
    throw new AppError(
      UNSUPPORTED_MEDIA_TYPE_CODE,
      `Documents of type "${mediaType}" cannot be ingested. Upload one of ${this.mediaTypes.join(', ')} instead.`,
      { retriable: false, details: { mediaType, supported: [...this.mediaTypes] } },
    );
  }
}
