import { chunksArtifactV1Schema } from '@sagewire/contracts/ingestion/index-chunks.v2';
import { describeError } from '@sagewire/errors';
import { resolveChunkingConfig } from '../chunking/chunking-config';
import { CONTENT_MISMATCH_CODE, PARSE_FAILED_CODE } from '../ingestion-errors';
import { ParserRegistry, UNSUPPORTED_MEDIA_TYPE_CODE } from '../parsing/parser-registry';
import { TEXT_PARSERS } from '../parsing/text-parsers';
import { EMPTY_DOCUMENT_CODE, buildChunksArtifact, chunkUpload, parseUpload, type UploadParsing } from './process-upload';

const HELP_PAGE = Buffer.from(
  '# Returns\n\nYou can return any item within 30 days of delivery.\n\n## Refunds\n\nRefunds reach your card within 5 business days after we receive the parcel.\n',
);
const FAILING = new ParserRegistry([
  { id: 'broken@1', mediaTypes: ['text/x-broken'], parse: () => Promise.reject(new Error('unexpected token at line 3')) },
]);
const PARSING: UploadParsing = { parsers: new ParserRegistry(TEXT_PARSERS), maxDocumentBytes: 1024 };
const HIERARCHICAL = resolveChunkingConfig();
const HEADING_AWARE = resolveChunkingConfig({ strategy: 'heading-aware' });

async function failure(work: Promise<unknown>): Promise<{ code: string; retriable: boolean; message: string }> {
  return work.then(
    () => ({ code: 'none', retriable: true, message: '' }),
    (error: unknown) => describeError(error),
  );
}

describe('parseUpload', () => {
  it('names the parser and detects the language', async () => {
    const parsed = await parseUpload(HELP_PAGE, 'text/markdown; charset=utf-8', PARSING);
    expect(parsed.parser).toBe('markdown@1');
    expect(parsed.detectedLanguage).toBe('en');
    expect(parsed.document.sections.map((s) => s.path)).toEqual([['Returns'], ['Returns', 'Refunds']]);
  });

  it('rejects an unsupported media type without retry', async () => {
    expect(await failure(parseUpload(Buffer.from('GIF89a'), 'image/gif', PARSING))).toMatchObject({ code: UNSUPPORTED_MEDIA_TYPE_CODE, retriable: false });
  });

  it('checks the bytes before parsing', async () => {
    expect(await failure(parseUpload(Buffer.from('%PDF-1.7\n'), 'text/markdown', PARSING))).toMatchObject({ code: CONTENT_MISMATCH_CODE, retriable: false });
  });

  it('reports a parser defect as PARSE_FAILED with its reason, not retriable', async () => {
    const result = await failure(parseUpload(Buffer.from('text'), 'text/x-broken', { parsers: FAILING, maxDocumentBytes: 1024 }));
    expect(result).toMatchObject({ code: PARSE_FAILED_CODE, retriable: false });
    expect(result.message).toContain('unexpected token at line 3');
  });
});

describe('chunkUpload', () => {
  it('keeps each section in its own chunks, numbered from 0', async () => {
    const { chunks, parents } = chunkUpload(await parseUpload(HELP_PAGE, 'text/markdown', PARSING), HEADING_AWARE);
    expect(chunks.map((c) => [c.index, c.section])).toEqual([[0, 'Returns'], [1, 'Returns > Refunds']]);
    expect(parents).toEqual([]);
  });

  it('puts small sections under one heading into one parent (hierarchical)', async () => {
    const { chunks, parents } = chunkUpload(await parseUpload(HELP_PAGE, 'text/markdown', PARSING), HIERARCHICAL);
    expect(chunks.map((c) => [c.index, c.section, c.parentIndex])).toEqual([[0, 'Returns', 0], [1, 'Returns > Refunds', 0]]);
    expect(parents).toEqual([expect.objectContaining({ index: 0, section: 'Returns', text: expect.stringContaining('Refunds\n\nRefunds reach') })]);
  });

  it('refuses a document without text', async () => {
    const parsed = await parseUpload(Buffer.from('#  \n\n# x'), 'text/markdown', PARSING);
    let thrown: unknown;
    try {
      chunkUpload(parsed, HIERARCHICAL);
    } catch (error) {
      thrown = error;
    }
    expect(describeError(thrown)).toMatchObject({ code: EMPTY_DOCUMENT_CODE, retriable: false });
  });
});

describe('buildChunksArtifact', () => {
  it('builds a document the IndexChunks v2 artifact schema accepts, parents included', async () => {
    const chunked = chunkUpload(await parseUpload(HELP_PAGE, 'text/markdown', PARSING), HIERARCHICAL);
    const artifact = buildChunksArtifact({ documentId: 'doc_1', version: 2, title: 'Returns policy', language: undefined, aclTags: ['public'] }, chunked);
    expect(chunksArtifactV1Schema.parse(artifact)).toEqual(artifact);
    expect(artifact).not.toHaveProperty('language');
    expect(artifact.chunks[1]).toMatchObject({ index: 1, section: 'Returns > Refunds', parentIndex: 0 });
    expect(artifact.parents).toHaveLength(1);
  });

  it('leaves parents out for a flat strategy', async () => {
    const chunked = chunkUpload(await parseUpload(HELP_PAGE, 'text/markdown', PARSING), HEADING_AWARE);
    const artifact = buildChunksArtifact({ documentId: 'doc_1', version: 1, title: 'Returns', language: 'en', aclTags: [] }, chunked);
    expect(artifact).not.toHaveProperty('parents');
    expect(artifact.chunks[0]).not.toHaveProperty('parentIndex');
  });
});
