import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEMO_KB_DIR } from './workspace';

export interface DemoDocument {
  readonly file: string;
  readonly title: string;
  readonly language: string;
  readonly content: string;
}

/**
 * The same Markdown files the standalone seeds, read as data: tools may not import an app's
 * code (module boundaries), and the files are the contract. Title = the first `# ` heading,
 * as the standalone's seeder takes it, so citations read the same in both modes.
 */
export function loadDemoDocuments(dir = DEMO_KB_DIR): DemoDocument[] {
  const documents: DemoDocument[] = [];
  for (const language of readdirSync(dir).sort()) {
    for (const file of readdirSync(path.join(dir, language)).filter((name) => name.endsWith('.md')).sort()) {
      const content = readFileSync(path.join(dir, language, file), 'utf8');
      const title = /^# (.+)$/m.exec(content)?.[1]?.trim();
      if (!title) throw new Error(`demo document ${language}/${file} has no "# " title heading`);
      documents.push({ file: `${language}/${file}`, title, language, content });
    }
  }
  if (documents.length === 0) throw new Error(`no demo documents under ${dir}`);
  return documents;
}
