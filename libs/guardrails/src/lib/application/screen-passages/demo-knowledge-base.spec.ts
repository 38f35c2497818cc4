import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenPassages } from '../../domain/passages/screen-passages';

const passage = (chunkId: string, text: string) => ({ chunkId, documentId: `doc-${chunkId}`, documentVersion: 1, text, score: 0.5 });

/** Real help-centre prose must pass the passage screen, or every answer would lose its sources. */
describe('passage screening on the demo knowledge base', () => {
  it('lets the help-centre pages of the demo knowledge base through untouched', () => {
    const root = join(__dirname, '..', '..', '..', '..', '..', '..', 'apps', 'standalone', 'src', 'demo-kb');
    const pages = readdirSync(root).flatMap((language) => readdirSync(join(root, language)).map((file) => readFileSync(join(root, language, file), 'utf8')));
    const paragraphs = pages.flatMap((page) => page.split(/\n\s*\n/)).filter((p) => p.trim().length > 0);
    expect(paragraphs.length).toBeGreaterThan(50);
    const result = screenPassages(paragraphs.map((text, i) => passage(String(i), text)));
    expect(result.withdrawnChunkIds).toEqual([]);
  });
});
