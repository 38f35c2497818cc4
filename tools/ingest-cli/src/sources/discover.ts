import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { mediaTypeOfName, SUPPORTED_EXTENSIONS } from './media-types';

/** One thing to upload: a local file (read when its turn comes) or a URL (fetched then). */
export type Source =
  | { readonly kind: 'file'; readonly label: string; readonly path: string; readonly mediaType: string }
  | { readonly kind: 'url'; readonly label: string; readonly url: URL };

export interface Discovery {
  readonly sources: Source[];
  /** Skipped files and inputs that do not exist, said for a person. */
  readonly notes: string[];
}

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

/**
 * Expands the command line's inputs: files as given, folders recursively (sorted, so runs are
 * repeatable; hidden entries skipped), http(s) URLs as they are. A file named twice is sent once.
 */
export async function discoverSources(inputs: readonly string[]): Promise<Discovery> {
  const sources: Source[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  const addFile = (file: string, explicit: boolean): void => {
    const absolute = path.resolve(file);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const mediaType = mediaTypeOfName(file);
    if (mediaType) sources.push({ kind: 'file', label: file, path: absolute, mediaType });
    else notes.push(`skipped ${file}: ${explicit ? 'unsupported extension' : 'not a supported file'} (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`);
  };
  for (const input of inputs) {
    if (isUrl(input)) {
      sources.push({ kind: 'url', label: input, url: new URL(input) });
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (!info) notes.push(`skipped ${input}: no such file or folder`);
    else if (info.isDirectory()) for (const file of await walk(input)) addFile(file, false);
    else addFile(input, true);
  }
  return { sources, notes };
}

async function walk(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}
