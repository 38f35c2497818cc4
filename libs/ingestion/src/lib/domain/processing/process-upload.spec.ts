import { chunksArtifactV1Schema } from '@sagewire/contracts/ingestion/index-chunks.v2';
import { describeError } from '@sagewire/errors';
import { UNSUPPORTED_MEDIA_TYPE_CODE } from '../parsing/parser-registry';
import { EMPTY_DOCUMENT_CODE, buildChunksArtifact, chunkUpload, parseUpload } from './process-upload';

const HELP_PAGE = Buffer.from(
  '# Returns\n\nYou can return any item within 30 days of delivery.\n\n## Refunds\n\nRefunds reach your card within 5 business days after we receive the parcel.\n',
);

function thrown(work: () => unknown): { code: string; retriable: boolean } {
  try {
    work();
  } catch (error) {
    return describeError(error);
  }
  throw new Error('expected a throw');
}

describe('parseUpload', () => {
  it('names the parser and detects the language', () => {
    const parsed = parseUpload(HELP_PAGE, 'text/markdown; charset=utf-8');
    expect(parsed.parser).toBe('markdown@1');
    expect(parsed.detectedLanguage).toBe('en');
    expect(parsed.document.sections.map((s) => s.path)).toEqual([['Returns'], ['Returns', 'Refunds']]);
  });

  it('rejects an unsupported media type without retry', () => {
    expect(thrown(() => parseUpload(Buffer.from('%PDF-1.7'), 'application/pdf'))).toMatchObject({ code: UNSUPPORTED_MEDIA_TYPE_CODE, retriable: false });
  });
});

describe('chunkUpload', () => {
  it('keeps each section in its own chunks, numbered from 0', () => {
    const chunks = chunkUpload(parseUpload(HELP_PAGE, 'text/markdown'), { maxTokens: 300 });
    expect(chunks.map((c) => [c.index, c.section])).toEqual([[0, 'Returns'], [1, 'Returns > Refunds']]);
  });

  it('refuses a document without text', () => {
    expect(thrown(() => chunkUpload(parseUpload(Buffer.from('#  \n\n'), 'text/markdown'), {}))).toMatchObject({ code: EMPTY_DOCUMENT_CODE, retriable: false });
  });
});

describe('buildChunksArtifact', () => {
  it('builds a document the IndexChunks v2 artifact schema accepts', () => {
    const chunks = chunkUpload(parseUpload(HELP_PAGE, 'text/markdown'), {});
    const artifact = buildChunksArtifact({ documentId: 'doc_1', version: 2, title: 'Returns policy', language: undefined, aclTags: ['public'] }, chunks);
    expect(chunksArtifactV1Schema.parse(artifact)).toEqual(artifact);
    expect(artifact).not.toHaveProperty('language');
    expect(artifact.chunks[1]).toMatchObject({ index: 1, section: 'Returns > Refunds' });
  });
});
