import { Client, type ClientConfig } from 'pg';
import type { MessagingLogger } from '../logger';
import { backoffDelay, type RetryPolicy } from '../consumer/retry-policy';
import { quoteIdent } from '../persistence/schema-name';

/** The relay keeps polling meanwhile, so reconnecting slowly costs latency, never messages. */
const RECONNECT_POLICY: RetryPolicy = { maxAttempts: Number.POSITIVE_INFINITY, initialDelayMs: 500, maxDelayMs: 30_000 };
/** Without it a silently dropped connection would only be noticed hours later (TCP defaults). */
const KEEPALIVE_DELAY_MS = 10_000;
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/**
 * LISTENs on the outbox channel with a dedicated `pg` client (a pooled connection would drop
 * the LISTEN when returned) and reconnects after any error. After every (re)connect it calls
 * `onNotify` once: notifications sent while nobody listened are lost, so the relay catches up.
 */
export class OutboxListener {
  private client: Client | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private running = false;

  constructor(
    private readonly config: ClientConfig,
    private readonly channel: string,
    private readonly onNotify: () => void,
    private readonly logger: MessagingLogger,
  ) {}

  /** Resolves after the first attempt: listening, or reconnecting in the background. */
  async start(): Promise<void> {
    this.running = true;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined); // closing anyway: an error here changes nothing
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionTimeoutMillis: DEFAULT_CONNECT_TIMEOUT_MS,
      ...this.config,
      keepAlive: true,
      keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS,
    });
    this.client = client;
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, undefined));
    client.on('notification', (notification) => {
      if (notification.channel === this.channel) this.onNotify();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${quoteIdent(this.channel)}`);
      if (client !== this.client) return; // stopped while connecting: stop() already ended it
      this.failures = 0;
      this.onNotify();
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: Client, error: unknown): void {
    if (client !== this.client) return; // a late event from a client already replaced or stopped
    this.client = undefined;
    void client.end().catch(() => undefined);
    if (!this.running) return;
    this.failures += 1;
    const delayMs = backoffDelay(RECONNECT_POLICY, this.failures);
    this.logger.warn('outbox listener disconnected; polling until it reconnects', {
      channel: this.channel,
      delayMs,
      reason: error instanceof Error ? error.message : 'connection ended',
    });
    this.reconnectTimer = setTimeout(() => void this.connect(), delayMs);
  }
}
