import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createEnvelope } from '@sagewire/contracts';
import { deleteDocumentV1 } from '@sagewire/contracts/ingestion/delete-document.v1';
import { documentDeletedV1 } from '@sagewire/contracts/ingestion/document-deleted.v1';
import { registerDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import { gatewayService } from '@sagewire/gateway';
import { ServiceTestHost } from '@sagewire/service-testing';
import { eventually } from '@sagewire/testing';

const WORKSPACE_ROOT = path.resolve(__dirname, '../../..');
const ADMIN_TOKEN = 'ingest-cli-admin-token-0123456789';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The CLI as a person runs it (`npm run ingest -- ...` runs exactly this), never in-process. */
function ingest(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['-r', './tools/scripts/register-ts.cjs', 'tools/ingest-cli/src/main.ts', ...args], {
      cwd: WORKSPACE_ROOT, env: { PATH: process.env['PATH'] ?? '', ...env }, timeout: 60_000,
    }, (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }));
  });
}

/** A port nothing listens on: taken from the OS, then released. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The gateway hosted as in production on a real PostgreSQL and the in-memory bus; no ingestion runs. */
describe('ingest CLI against a real gateway', () => {
  let gateway: ServiceTestHost;
  let gatewayUrl: string;
  let site: Server;
  let siteUrl: string;
  let folder: string;
  let tenantId: string;
  let apiKey: string;

  beforeAll(async () => {
    gateway = await ServiceTestHost.start('ingest_cli', gatewayService, [registerDocumentV1, deleteDocumentV1], { SAGEWIRE_ADMIN_TOKEN: ADMIN_TOKEN });
    await gateway.host.app.listen(0, '127.0.0.1');
    gatewayUrl = `http://127.0.0.1:${(gateway.host.app.getHttpServer().address() as AddressInfo).port}`;
    const created = await fetch(`${gatewayUrl}/v1/tenants`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-admin-token': ADMIN_TOKEN }, body: JSON.stringify({ name: 'CLI tenant' }) });
    const body = (await created.json()) as { tenant: { id: string }; apiKey: { key: string } };
    tenantId = body.tenant.id;
    apiKey = body.apiKey.key;

    site = createServer((request, response) => {
      if (request.url === '/help/shipping') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><head><title>Shipping &amp; delivery</title></head><body><p>Two days.</p></body></html>');
      } else response.writeHead(404).end('not here');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;

    folder = await mkdtemp(path.join(tmpdir(), 'ingest-cli-'));
    await mkdir(path.join(folder, 'faq'));
    await writeFile(path.join(folder, 'returns.md'), '# Returns\n\nFree within 30 days.\n');
    await writeFile(path.join(folder, 'faq', 'warranty.html'), '<h1>Warranty</h1><p>Two years.</p>');
    await writeFile(path.join(folder, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });

  afterAll(async () => {
    await new Promise((resolve) => site.close(resolve));
    await gateway.close();
    await rm(folder, { recursive: true, force: true });
  });

  const connection = (): string[] => ['--gateway', gatewayUrl, '--api-key', apiKey];

  it('uploads a folder and a URL, then shows, lists and deletes the documents', async () => {
    const upload = await ingest(['upload', folder, `${siteUrl}/help/shipping`, '--acl', 'staff', '--json', ...connection()]);
    expect(upload.stderr).toContain(`skipped ${path.join(folder, 'logo.png')}: not a supported file`);
    expect(upload.code).toBe(0);
    const result = JSON.parse(upload.stdout) as { documents: { source: string; documentId: string; version: number; status: string }[]; failed: number };
    expect(result.failed).toBe(0);
    expect(result.documents.map((d) => [d.source, d.status, d.version])).toEqual([
      [path.join(folder, 'faq', 'warranty.html'), 'registered', 1],
      [path.join(folder, 'returns.md'), 'registered', 1],
      [`${siteUrl}/help/shipping`, 'registered', 1],
    ]);

    const commands = await gateway.awaitMatching(registerDocumentV1, (e) => e.tenantid === tenantId, 3);
    const byTitle = new Map(commands.map((c) => [c.data.title, c.data]));
    expect(byTitle.get('returns.md')).toMatchObject({ mediaType: 'text/markdown', aclTags: ['staff'], source: { filename: 'returns.md' } });
    expect(byTitle.get('warranty.html')).toMatchObject({ mediaType: 'text/html' });
    expect(byTitle.get('Shipping & delivery')).toMatchObject({ mediaType: 'text/html', source: { filename: 'shipping.html' } });

    const [warranty, returns] = result.documents;
    const table = await ingest(['status', ...connection()]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^DOCUMENT\s+TITLE\s+STATUS\s+VERSION\s+ACTIVE\s+UPDATED$/m);
    expect(table.stdout).toMatch(new RegExp(`^${returns!.documentId}\\s+returns\\.md\\s+registered\\s+1\\s+-`, 'm'));
    expect(table.stdout).toContain('Shipping & delivery');

    const one = await ingest(['status', warranty!.documentId, ...connection()]);
    expect(one.stdout).toContain(`warranty.html (${warranty!.documentId})\nstatus: registered, latest version 1, active version none`);
    expect(one.stdout).toContain('versions: none reported by ingestion yet');

    const deletion = await ingest(['delete', returns!.documentId, ...connection()]);
    expect(deletion).toMatchObject({ code: 0, stdout: `${returns!.documentId}: deleting\n` });
    const [command] = await gateway.awaitMatching(deleteDocumentV1, (e) => e.data.documentId === returns!.documentId);
    await gateway.publish(documentDeletedV1, createEnvelope(documentDeletedV1, { documentId: returns!.documentId, deletedVersions: [1], deletedChunkCount: 0, requestedBy: command!.data.requestedBy }, {
      source: '/sagewire/ingestion', tenantId, correlationId: returns!.documentId, subject: returns!.documentId,
    }));
    await eventually(async () => expect((await ingest(['status', returns!.documentId, ...connection()])).stdout).toContain('status: deleted'));
    expect((await ingest(['status', ...connection()])).stdout).not.toContain(returns!.documentId);
    expect((await ingest(['status', '--include-deleted', ...connection()])).stdout).toContain(returns!.documentId);

    const again = await ingest(['delete', returns!.documentId, ...connection()]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`ingest: conflict (409): document ${returns!.documentId} is already deleted; upload the file again (without documentId) to add it back\n`);
  });

  it('says what is wrong: a bad key, an unreachable gateway, a refused file, a failed fetch', async () => {
    const badKey = await ingest(['status', '--gateway', gatewayUrl, '--api-key', 'sw_nope_nope']);
    expect(badKey.code).toBe(1);
    expect(badKey.stderr).toMatch(/^ingest: the gateway did not accept the API key \(401: .+\); check --api-key or SAGEWIRE_API_KEY\n$/);

    const closedPort = await freePort();
    const unreachable = await ingest(['status'], { SAGEWIRE_GATEWAY_URL: `http://127.0.0.1:${closedPort}`, SAGEWIRE_API_KEY: apiKey });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toBe(`ingest: cannot reach the gateway at http://127.0.0.1:${closedPort} (connect ECONNREFUSED 127.0.0.1:${closedPort}); is it running? Set --gateway or SAGEWIRE_GATEWAY_URL\n`);

    const empty = path.join(folder, 'empty.txt');
    await writeFile(empty, '');
    const refused = await ingest(['upload', empty, `${siteUrl}/missing.md`, ...connection()]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`failed ${empty}: the gateway answered 400: the document is empty`);
    expect(refused.stdout).toContain(`0 uploaded, 2 failed\n  - ${empty}: the gateway answered 400: the document is empty\n  - ${siteUrl}/missing.md: could not fetch ${siteUrl}/missing.md: the server answered 404 Not Found\n`);

    const usage = await ingest(['upload', ...connection()]);
    expect(usage).toMatchObject({ code: 2, stderr: 'ingest: name at least one file, folder or http(s) URL to upload; see ingest upload --help\n' });
  });
});
