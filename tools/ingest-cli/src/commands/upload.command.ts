import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { UsageError, type UploadCommand } from '../cli/args';
import type { Output } from '../cli/output';
import type { GatewayClient, UploadRequest } from '../gateway/gateway-client';
import { createReporter, reporterMode, type UploadReporter } from '../progress/upload-reporter';
import { discoverSources, type Source } from '../sources/discover';
import { fetchUrl } from '../sources/fetch-url';
import { describeDocument, ingestionOutcome } from '../wait/document-outcomes';
import { waitFor } from '../wait/wait-for';

export interface UploadDeps {
  readonly client: GatewayClient;
  readonly output: Output;
  readonly pollIntervalMs: number;
}

export interface UploadResult {
  readonly source: string;
  readonly documentId?: string;
  readonly version?: number;
  /** `registered` (or `unchanged`: the same bytes as the current version) when not waiting; `active` or `failed` after --wait. */
  readonly status: 'registered' | 'unchanged' | 'active' | 'failed';
  readonly error?: string;
}

/** Uploads every source, `concurrency` at a time; exit code 1 if any upload or ingestion failed. */
export async function runUpload(command: UploadCommand, deps: UploadDeps): Promise<number> {
  const { sources, notes } = await discoverSources(command.inputs);
  if (command.documentId !== undefined && sources.length !== 1) {
    throw new UsageError(`--document-id uploads a new version of one document, but the inputs name ${sources.length} files`);
  }
  const reporter = createReporter(reporterMode(deps.output, command.json), deps.output, sources.length, command.wait);
  for (const note of notes) reporter.note(note);
  const results = await inPool(sources, command.concurrency, (source) => uploadOne(source, command, deps, reporter));
  reporter.finish();
  const failures = results.filter((r) => r.status === 'failed');
  if (command.json) deps.output.stdout(`${JSON.stringify({ documents: results, failed: failures.length, skipped: notes.length }, null, 2)}\n`);
  else deps.output.stdout(summary(results, command.wait, sources.length === 0));
  return failures.length > 0 || sources.length === 0 ? 1 : 0;
}

async function uploadOne(source: Source, command: UploadCommand, deps: UploadDeps, reporter: UploadReporter): Promise<UploadResult> {
  let accepted;
  try {
    accepted = await deps.client.upload(await requestFor(source, command));
  } catch (error) {
    const reason = (error as Error).message;
    reporter.failed(source.label, reason);
    return { source: source.label, status: 'failed', error: reason };
  }
  const { documentId, version } = accepted;
  reporter.uploaded(source.label, documentId, version);
  if (!command.wait) return { source: source.label, documentId, version, status: accepted.status === 'unchanged' ? 'unchanged' : 'registered' };
  const outcome = await waitFor({
    read: () => deps.client.get(documentId),
    settle: ingestionOutcome(version),
    intervalMs: deps.pollIntervalMs,
    timeoutMs: command.waitTimeoutSeconds * 1000,
    describe: describeDocument,
  });
  if (outcome.ok) {
    reporter.indexed(source.label, documentId);
    return { source: source.label, documentId, version, status: 'active' };
  }
  reporter.failed(source.label, outcome.reason);
  return { source: source.label, documentId, version, status: 'failed', error: outcome.reason };
}

async function requestFor(source: Source, command: UploadCommand): Promise<UploadRequest> {
  const shared = {
    aclTags: command.aclTags,
    ...(command.language === undefined ? {} : { language: command.language }),
    ...(command.documentId === undefined ? {} : { documentId: command.documentId }),
  };
  if (source.kind === 'file') {
    const filename = path.basename(source.path);
    return { ...shared, bytes: await readFile(source.path), filename, mediaType: source.mediaType, title: filename };
  }
  const fetched = await fetchUrl(source.url);
  return { ...shared, bytes: fetched.bytes, filename: fetched.filename, mediaType: fetched.mediaType, title: fetched.title };
}

/** Runs `work` over `items` with at most `size` at a time; results keep the items' order. */
async function inPool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

function summary(results: readonly UploadResult[], wait: boolean, nothingFound: boolean): string {
  if (nothingFound) return 'nothing to upload: no supported file or URL among the inputs\n';
  const failures = results.filter((r) => r.status === 'failed');
  const uploaded = results.filter((r) => r.documentId !== undefined).length;
  const counts = [`${uploaded} uploaded`, ...(wait ? [`${results.filter((r) => r.status === 'active').length} indexed`] : []), `${failures.length} failed`];
  const lines = [counts.join(', ')];
  for (const failure of failures) lines.push(`  - ${failure.source}: ${failure.error ?? 'failed'}`);
  return `${lines.join('\n')}\n`;
}
