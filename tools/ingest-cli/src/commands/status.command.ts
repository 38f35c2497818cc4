import type { StatusCommand } from '../cli/args';
import { table, type Output } from '../cli/output';
import type { DocumentDetail } from '../gateway/documents';
import type { GatewayClient } from '../gateway/gateway-client';

/** One document with its version history, or every document as a table. */
export async function runStatus(command: StatusCommand, deps: { client: GatewayClient; output: Output }): Promise<number> {
  if (command.documentId !== undefined) {
    const document = await deps.client.get(command.documentId);
    deps.output.stdout(command.json ? `${JSON.stringify(document, null, 2)}\n` : describe(document));
    return 0;
  }
  const documents = await deps.client.list(command.includeDeleted);
  if (command.json) deps.output.stdout(`${JSON.stringify({ documents }, null, 2)}\n`);
  else if (documents.length === 0) deps.output.stdout('no documents\n');
  else {
    const rows = documents.map((d) => [d.documentId, d.title, d.status, String(d.version), d.activeVersion === undefined ? '-' : String(d.activeVersion), d.updatedAt]);
    deps.output.stdout(`${table(['DOCUMENT', 'TITLE', 'STATUS', 'VERSION', 'ACTIVE', 'UPDATED'], rows)}\n`);
  }
  return 0;
}

function describe(document: DocumentDetail): string {
  const lines = [
    `${document.title} (${document.documentId})`,
    `status: ${document.status}, latest version ${document.version}, active version ${document.activeVersion ?? 'none'}`,
    `media type: ${document.mediaType}, ${document.sizeBytes} bytes, updated ${document.updatedAt}`,
    ...(document.error ? [`error: ${document.error}`] : []),
  ];
  const versions = document.versions ?? [];
  if (versions.length === 0) lines.push('versions: none reported by ingestion yet');
  else {
    const rows = versions.map((v) => [
      String(v.version), v.status, v.chunkCount === undefined ? '-' : String(v.chunkCount), v.createdAt, v.activatedAt ?? v.failedAt ?? '-',
      v.failure ? `${v.failure.step} failed (${v.failure.code}): ${v.failure.message}` : '',
    ]);
    lines.push('', table(['VERSION', 'STATUS', 'CHUNKS', 'CREATED', 'ACTIVATED/FAILED', 'FAILURE'], rows));
  }
  return `${lines.join('\n')}\n`;
}
