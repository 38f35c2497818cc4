import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';

/** The help centre of the fictional shop the demo answers for, one folder per language. */
export const DEMO_KB_DIR = path.join(__dirname, '..', 'demo-kb');
export const DEMO_KB_LANGUAGES = ['en', 'es'] as const;

export interface DemoDocument {
  readonly file: string;
  readonly title: string;
  readonly language: (typeof DEMO_KB_LANGUAGES)[number];
  readonly content: string;
}

/** Reads every Markdown file; its title is its first `# ` heading, which citations show. */
export async function loadDemoKnowledgeBase(dir = DEMO_KB_DIR): Promise<DemoDocument[]> {
  const documents: DemoDocument[] = [];
  for (const language of DEMO_KB_LANGUAGES) {
    const files = (await readdir(path.join(dir, language))).filter((name) => name.endsWith('.md')).sort();
    for (const file of files) {
      const content = await readFile(path.join(dir, language, file), 'utf8');
      const title = /^# (.+)$/m.exec(content)?.[1]?.trim();
      if (!title) throw new Error(`demo document ${language}/${file} has no "# " title heading`);
      documents.push({ file: `${language}/${file}`, title, language, content });
    }
  }
  return documents;
}
