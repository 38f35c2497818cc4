import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { InMemoryEventBus, jsonLogger } from '@sagewire/messaging';
import { FileBlobStore, createServiceHost, parseConfig, startEmbeddedDatabase } from '@sagewire/service-kit';
import { ChatPageModule } from './chat-page/chat-page.module';
import { DemoSessions } from './chat-page/demo-sessions';
import { prepareDemoTenant } from './seed/prepare-demo-tenant';
import { ALL_SERVICES } from './services';
import { standaloneConfigSchema } from './standalone-config';
import { silentOutput, terminalOutput } from './terminal-output';

/** PGlite serves one session at a time, so a large pool per service would only queue. */
const DATABASE_POOL_SIZE = 3;
/** The relays are woken in-process on commit; the poll only catches what a wake-up missed. */
const RELAY_POLL_INTERVAL_MS = 1000;

export interface StandaloneOptions {
  /** HTTP port on 127.0.0.1; 0 picks a free one. Default: env PORT, else 3000. */
  readonly port?: number;
  /** Keep the database, uploads and demo tenant here across restarts; in memory when absent. */
  readonly dataDir?: string;
  /** Print nothing on stdout (no progress, no URL line): for tests. */
  readonly quiet?: boolean;
  /** Where PORT, LOG_LEVEL and the services' own optional settings come from. */
  readonly env?: NodeJS.ProcessEnv;
}

export interface Standalone {
  readonly url: string;
  /** `X-Admin-Token` of this run's admin API (tenants); a new one every start. */
  readonly adminToken?: string;
  close(): Promise<void>;
}

/**
 * The embedded mode: every service in this process over one in-memory bus and one PGlite
 * database, the demo knowledge base seeded through the public API, the chat page at `/`.
 * No server to install, no credential to provide.
 */
export async function startStandalone(options: StandaloneOptions = {}): Promise<Standalone> {
  const started = Date.now();
  const env = options.env ?? process.env;
  const config = parseConfig(standaloneConfigSchema, env);
  const dataDir = options.dataDir ?? config.SAGEWIRE_DATA_DIR;
  const output = options.quiet ? silentOutput : terminalOutput();
  const cleanups: Array<() => Promise<void>> = [];
  const close = async (): Promise<void> => {
    // Reverse order of creation: the app stops consuming before the bus and database go.
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  try {
    if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
    const database = await startEmbeddedDatabase(dataDir === undefined ? undefined : path.join(dataDir, 'pgdata'));
    cleanups.push(() => database.close());
    const bus = new InMemoryEventBus();
    cleanups.push(() => bus.close());
    const blobDir = dataDir === undefined ? await mkdtemp(path.join(tmpdir(), 'sagewire-blobs-')) : path.join(dataDir, 'blobs');
    if (dataDir === undefined) cleanups.push(() => rm(blobDir, { recursive: true, force: true }));

    const adminToken = randomSecret();
    const sessions = new DemoSessions();
    const host = await createServiceHost({
      processName: 'standalone',
      services: ALL_SERVICES,
      bus,
      databaseUrl: database.url,
      databasePoolSize: DATABASE_POOL_SIZE,
      blobs: new FileBlobStore(blobDir),
      jwtSecret: randomSecret(),
      env: { ...env, SAGEWIRE_ADMIN_TOKEN: adminToken },
      logLevel: config.LOG_LEVEL,
      relayPollIntervalMs: RELAY_POLL_INTERVAL_MS,
      extraModules: [ChatPageModule.forRoot(sessions)],
    });
    cleanups.push(() => host.close());
    // Loopback only: the demo tenant's admin key is reachable through /demo/session.
    const port = options.port ?? config.PORT;
    await host.app.listen(port, '127.0.0.1').catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      throw new Error(`port ${port} is already in use: set PORT to another port (PORT=0 picks a free one)`, { cause: error });
    });
    const url = `http://127.0.0.1:${listeningPort(host.app.getHttpServer())}`;

    const tenant = await prepareDemoTenant({ baseUrl: url, adminToken, dataDir, progress: output.progress });
    sessions.activate(url, tenant.apiKey);
    jsonLogger('standalone', config.LOG_LEVEL).info('standalone ready', { url, startupMs: Date.now() - started, rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) });
    output.line(`Sagewire is running: open ${url} in your browser`);
    return { url, adminToken, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/** 48 URL-safe characters (288 random bits): JWT secret and admin token of this run. */
function randomSecret(): string {
  return randomBytes(36).toString('base64url');
}

function listeningPort(server: { address(): unknown }): number {
  const address = server.address();
  if (typeof address !== 'object' || address === null || !('port' in address) || typeof address.port !== 'number') throw new Error('the HTTP server is not listening on a TCP port');
  return address.port;
}
