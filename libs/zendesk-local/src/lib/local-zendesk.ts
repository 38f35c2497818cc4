import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticate, type ApiTokenCredential } from './api-token-auth';
import { IdempotencyKeys } from './idempotency-keys';
import { json, NO_ENDPOINT, NOT_AUTHENTICATED, scriptedFailure, writeAnswer, type Answer } from './responses';
import { routeOf } from './routes';
import { LocalZendeskScript, type ZendeskOperation } from './script';
import { answerApiRequest } from './tickets-api';
import type { ZendeskComment, ZendeskTicket } from './wire';
import { ZendeskStore } from './zendesk-store';

/** Loopback only unless asked: tickets hold whatever the caller sent. */
export const DEFAULT_LOCAL_ZENDESK_HOST = '127.0.0.1';

export interface LocalZendeskOptions extends ApiTokenCredential {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
}

/** One API request as the server received it, for assertions. The credential is never kept. */
export interface LoggedZendeskRequest {
  readonly method: string;
  /** Path and query, as sent (still percent-encoded). */
  readonly path: string;
  /** Undefined for a path that is no API operation. */
  readonly operation?: ZendeskOperation;
  /** The authenticated agent's email; undefined when authentication failed or never ran. */
  user?: string;
  readonly idempotencyKey?: string;
  /** The parsed JSON body of a POST or PUT, or its raw text when it was not JSON. */
  body?: unknown;
  /** ISO-8601 time of arrival. */
  readonly receivedAt: string;
  /** Undefined while pending, and for a request left hanging. */
  status?: number;
}

export interface LocalZendesk {
  /** The account's base URL, as a client configures it (`https://{subdomain}.zendesk.com` in real life). */
  readonly url: string;
  /** Every API request so far, oldest first (a live view). */
  readonly requests: readonly LoggedZendeskRequest[];
  /** Every ticket, oldest first (a live view, wire format). */
  readonly tickets: readonly ZendeskTicket[];
  readonly script: LocalZendeskScript;
  commentsOf(ticketId: number): readonly ZendeskComment[];
  /** Replaces the accepted API token, as an admin rotating it would: the old one gets 401 from now on. */
  rotateApiToken(apiToken: string): void;
  /** Clears the script and the request log (tickets stay). */
  reset(): void;
  /** Stops listening and drops open connections, hanging requests included. */
  close(): Promise<void>;
}

/**
 * A local server speaking the part of the Zendesk Support API v2 the platform uses: create,
 * show, list (by `external_id`) and update tickets, list a ticket's comments; API-token Basic
 * authentication; `Idempotency-Key` on creation; Zendesk's error bodies; and scriptable 429s,
 * 5xx and hangs (see {@link LocalZendeskScript}).
 */
export async function startLocalZendesk(options: LocalZendeskOptions): Promise<LocalZendesk> {
  const script = new LocalZendeskScript();
  const log: LoggedZendeskRequest[] = [];
  const idempotency = new IdempotencyKeys();
  let credential: ApiTokenCredential = { email: options.email, apiToken: options.apiToken };
  // Listening first: tickets carry the server's own URL, known once it is bound.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? DEFAULT_LOCAL_ZENDESK_HOST, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const baseUrl = `http://${host}:${address.port}`;
  const store = new ZendeskStore(baseUrl, options.email);

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void answer(req, res).catch((error: unknown) => {
      if (!res.headersSent) writeAnswer(res, json(500, { error: 'InternalError', description: `local server error: ${error instanceof Error ? error.message : String(error)}` }));
    });
  });

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url ?? '/';
    const url = new URL(path, 'http://local');
    const route = routeOf(req.method, url.pathname);
    const key = req.headers['idempotency-key'];
    const entry: LoggedZendeskRequest = {
      method: req.method ?? '', path, receivedAt: new Date().toISOString(),
      ...(route ? { operation: route.operation } : {}), ...(typeof key === 'string' ? { idempotencyKey: key } : {}),
    };
    log.push(entry);
    res.once('finish', () => {
      entry.status = res.statusCode;
    });
    const bodyText = await readBody(req);
    if (route === undefined) return writeAnswer(res, NO_ENDPOINT);

    const fault = script.take(route.operation);
    if (fault?.kind === 'fail') return writeAnswer(res, scriptedFailure(fault.status, fault.retryAfterSeconds));
    if (fault?.kind === 'hang' && !fault.afterCommit) return; // left open until the client gives up or the server closes

    const user = authenticate(req.headers.authorization, credential);
    if (user === undefined) return writeAnswer(res, NOT_AUTHENTICATED);
    entry.user = user;

    let body: unknown = undefined;
    if (bodyText.length > 0) {
      try {
        body = JSON.parse(bodyText) as unknown;
        entry.body = body;
      } catch {
        entry.body = bodyText;
        return writeAnswer(res, json(400, { error: 'InvalidJSON', description: 'The request body is not valid JSON' }));
      }
    }
    const answered: Answer = answerApiRequest(
      { store, idempotency },
      { ...route, query: url.searchParams, bodyText, body, ...(typeof key === 'string' ? { idempotencyKey: key } : {}) },
    );
    if (fault?.kind === 'hang') return; // the change is made; its answer is what gets lost
    writeAnswer(res, answered);
  }

  return {
    url: baseUrl,
    requests: log,
    tickets: store.tickets,
    script,
    commentsOf: (ticketId) => store.commentsOf(ticketId),
    rotateApiToken: (apiToken) => {
      credential = { ...credential, apiToken };
    },
    reset: () => {
      script.reset();
      log.length = 0;
    },
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
