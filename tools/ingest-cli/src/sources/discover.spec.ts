import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { discoverSources } from './discover';
import { htmlTitle } from './fetch-url';

describe('discoverSources', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'ingest-discover-'));
    await mkdir(path.join(root, 'kb', 'nested', 'deeper'), { recursive: true });
    await mkdir(path.join(root, 'kb', '.git'));
    const files = ['kb/b.md', 'kb/a.HTML', 'kb/notes.txt', 'kb/image.png', 'kb/nested/guide.markdown', 'kb/nested/deeper/manual.pdf',
      'kb/nested/deeper/policy.docx', 'kb/nested/old.htm', 'kb/.git/config.txt', 'kb/.hidden.md', 'single.md', 'data.csv'];
    for (const file of files) await writeFile(path.join(root, file), 'x');
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('walks folders recursively in name order, keeping supported files and noting the others', async () => {
    const { sources, notes } = await discoverSources([path.join(root, 'kb')]);
    expect(sources.map((s) => (s.kind === 'file' ? [path.relative(root, s.path), s.mediaType] : []))).toEqual([
      ['kb/a.HTML', 'text/html'],
      ['kb/b.md', 'text/markdown'],
      ['kb/nested/deeper/manual.pdf', 'application/pdf'],
      ['kb/nested/deeper/policy.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['kb/nested/guide.markdown', 'text/markdown'],
      ['kb/nested/old.htm', 'text/html'],
      ['kb/notes.txt', 'text/plain'],
    ]);
    expect(notes).toEqual([`skipped ${path.join(root, 'kb', 'image.png')}: not a supported file (supported: .md .markdown .txt .html .htm .pdf .docx)`]);
  });

  it('takes files and URLs as given, once each, and notes what does not exist or is unsupported', async () => {
    const single = path.join(root, 'single.md');
    const { sources, notes } = await discoverSources([single, 'https://help.example/faq', single, path.join(root, 'missing.md'), path.join(root, 'data.csv')]);
    expect(sources).toEqual([
      { kind: 'file', label: single, path: single, mediaType: 'text/markdown' },
      { kind: 'url', label: 'https://help.example/faq', url: new URL('https://help.example/faq') },
    ]);
    expect(notes).toEqual([
      `skipped ${path.join(root, 'missing.md')}: no such file or folder`,
      `skipped ${path.join(root, 'data.csv')}: unsupported extension (supported: .md .markdown .txt .html .htm .pdf .docx)`,
    ]);
  });
});

describe('htmlTitle', () => {
  it('reads and tidies the title, or says there is none', () => {
    expect(htmlTitle('<html><head><title>\n  Returns &amp; refunds </title></head></html>')).toBe('Returns & refunds');
    expect(htmlTitle('<p>no title</p>')).toBeUndefined();
    expect(htmlTitle('<title>  </title>')).toBeUndefined();
  });
});
