import { AppError, networkErrorCode, redactSecrets } from '@sagewire/errors';
import { z } from 'zod';
import type { NewTicket, OpenedTicket, TicketSystem } from '../../domain/ticketing/ticketing.port';
import { classifyZendeskStatus, retryAfterMs, ZENDESK_ERROR, zendeskErrorMessage, type ZendeskErrorCode } from './zendesk-errors';
import { zendeskTicketOf } from './zendesk-ticket.mapper';

export const DEFAULT_ZENDESK_TIMEOUT_MS = 10_000;

export interface ZendeskConnection {
  /** The account's root, e.g. `https://acme.zendesk.com`. */
  readonly baseUrl: string;
  /** The agent whose API token this is. */
  readonly email: string;
  /** Never appears in an error, a log line or an event. */
  readonly apiToken: string;
  /** Per HTTP call (the search and the creation each get this long), headers and body included. */
  readonly timeoutMs?: number;
}

const ticketRefSchema = z.object({ id: z.number().int().positive(), external_id: z.string().nullish() });
const ticketListSchema = z.object({ tickets: z.array(ticketRefSchema) });
const createdTicketSchema = z.object({ ticket: ticketRefSchema });

interface ZendeskAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

/**
 * Zendesk Support API v2 behind the {@link TicketSystem} port. One ticket per query however
 * often it is asked: the ticket's `external_id` is the query id, looked up before creating
 * (`GET /api/v2/tickets.json?external_id=`), and the creation carries an `Idempotency-Key`
 * for the window in which a just-created ticket may not be listed yet. Errors are AppErrors
 * with the codes of {@link ZENDESK_ERROR}; the API token and the Basic credential built from
 * it are scrubbed from every message, and no driver error is attached as a cause.
 */
export class ZendeskTicketSystem implements TicketSystem {
  private readonly root: string;
  /** `root` without any user:password part, for messages. */
  private readonly shownRoot: string;
  private readonly authorization: string;
  private readonly secrets: readonly string[];

  constructor(private readonly connection: ZendeskConnection) {
    this.root = connection.baseUrl.replace(/\/+$/, '');
    const shown = new URL(this.root);
    shown.username = '';
    shown.password = '';
    this.shownRoot = shown.toString().replace(/\/+$/, '');
    const credential = Buffer.from(`${connection.email}/token:${connection.apiToken}`, 'utf8').toString('base64');
    this.authorization = `Basic ${credential}`;
    this.secrets = [connection.apiToken, credential];
  }

  async open(ticket: NewTicket, signal?: AbortSignal): Promise<OpenedTicket> {
    const existing = await this.findByExternalId(ticket.queryId, signal);
    return this.opened(existing ?? (await this.create(ticket, signal)));
  }

  /** The oldest ticket with this external id (Zendesk does not keep them unique), if any. */
  private async findByExternalId(externalId: string, signal: AbortSignal | undefined): Promise<number | undefined> {
    const action = 'look the ticket up';
    const answer = await this.call('GET', `/api/v2/tickets.json?external_id=${encodeURIComponent(externalId)}`, undefined, action, signal);
    if (answer.status !== 200) throw this.statusError(answer, action);
    const list = ticketListSchema.safeParse(parseJson(answer.body));
    if (!list.success) throw this.error(ZENDESK_ERROR.UNAVAILABLE, true, `${action}: answered 200 with a body that is not a ticket list (${answer.body.length} characters)`);
    const ids = list.data.tickets.filter((t) => t.external_id === externalId).map((t) => t.id);
    return ids.length === 0 ? undefined : Math.min(...ids);
  }

  private async create(ticket: NewTicket, signal: AbortSignal | undefined): Promise<number> {
    const action = 'create the ticket';
    const answer = await this.call('POST', '/api/v2/tickets.json', zendeskTicketOf(ticket), action, signal, { 'idempotency-key': `sagewire-ticket-${ticket.queryId}` });
    if (answer.status !== 201 && answer.status !== 200) throw this.statusError(answer, action);
    const created = createdTicketSchema.safeParse(parseJson(answer.body));
    // The ticket may well exist: retrying finds it by external id instead of opening another.
    if (!created.success) throw this.error(ZENDESK_ERROR.UNAVAILABLE, true, `${action}: answered ${answer.status} with a body that is not a ticket (${answer.body.length} characters)`);
    return created.data.ticket.id;
  }

  private opened(id: number): OpenedTicket {
    return { externalId: String(id), url: `${this.shownRoot}/agent/tickets/${id}` };
  }

  private async call(method: 'GET' | 'POST', path: string, body: unknown, action: string, signal: AbortSignal | undefined, headers: Record<string, string> = {}): Promise<ZendeskAnswer> {
    const timeoutMs = this.connection.timeoutMs ?? DEFAULT_ZENDESK_TIMEOUT_MS;
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(`${this.root}${path}`, {
        method,
        headers: { accept: 'application/json', authorization: this.authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        // A redirect would carry the credential to wherever it points; the URL must be the account's own.
        redirect: 'manual',
        signal: signal === undefined ? timeout : AbortSignal.any([timeout, signal]),
      });
      return { status: response.status, headers: response.headers, body: await response.text() };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timeout.aborted) throw this.error(ZENDESK_ERROR.UNAVAILABLE, true, `${action}: no answer within ${timeoutMs} ms`, { reason: 'timeout' });
      const network = networkErrorCode(error);
      const reason = network ?? (error instanceof Error ? error.message : String(error));
      throw this.error(ZENDESK_ERROR.UNAVAILABLE, true, `${action}: request failed (${reason})`, { reason: 'network', ...(network ? { networkCode: network } : {}) });
    }
  }

  private statusError(answer: ZendeskAnswer, action: string): AppError {
    const { code, retriable } = classifyZendeskStatus(answer.status);
    const retryAfter = retryAfterMs(answer.headers.get('retry-after'));
    const wait = retryAfter === undefined ? '' : ` (retry after ${Math.ceil(retryAfter / 1000)} s)`;
    const hint = code === ZENDESK_ERROR.MISCONFIGURED ? ' (check ESCALATION_ZENDESK_URL, ESCALATION_ZENDESK_EMAIL and ESCALATION_ZENDESK_API_TOKEN)' : '';
    return this.error(code, retriable, `${action}: HTTP ${answer.status}${wait}${hint}: ${zendeskErrorMessage(answer.body)}`, {
      httpStatus: answer.status, ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
    });
  }

  // No `cause`: a driver's error may carry the request, credential header included, into a log.
  private error(code: ZendeskErrorCode, retriable: boolean, reason: string, details: Record<string, unknown> = {}): AppError {
    return new AppError(code, redactSecrets(`Zendesk at ${this.shownRoot} could not ${reason}`, this.secrets), { retriable, details: { provider: 'zendesk', ...details } });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
