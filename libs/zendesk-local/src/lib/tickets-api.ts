import type { IdempotencyKeys } from './idempotency-keys';
import { json, NOT_FOUND, recordInvalid, type Answer } from './responses';
import type { ZendeskOperation } from './script';
import { parseNewTicket, parseTicketUpdate } from './ticket-input';
import type { ZendeskStore } from './zendesk-store';

/** A request routed to an operation, its body already read. */
export interface ApiRequest {
  readonly operation: ZendeskOperation;
  readonly ticketId?: number;
  readonly query: URLSearchParams;
  /** The raw body text (digested for idempotency) and its parsed JSON. */
  readonly bodyText: string;
  readonly body: unknown;
  readonly idempotencyKey?: string;
}

export interface ApiContext {
  readonly store: ZendeskStore;
  readonly idempotency: IdempotencyKeys;
}

const MAX_PER_PAGE = 100;

/** Answers one routed request from the store, as the Support API v2 would. */
export function answerApiRequest(context: ApiContext, request: ApiRequest): Answer {
  const { store } = context;
  switch (request.operation) {
    case 'createTicket':
      return createTicket(context, request);
    case 'listTickets':
      return listTickets(store, request.query);
    case 'showTicket': {
      const ticket = store.ticket(request.ticketId!);
      return ticket ? json(200, { ticket }) : NOT_FOUND;
    }
    case 'updateTicket': {
      const ticket = store.ticket(request.ticketId!);
      if (!ticket) return NOT_FOUND;
      const change = parseTicketUpdate(request.body);
      if (!change.ok) return recordInvalid(change.details);
      const updated = store.update(ticket, change.value);
      if ('field' in updated) return recordInvalid({ [updated.field]: [{ description: updated.description, error: updated.error }] });
      return json(200, updated);
    }
    case 'listComments': {
      if (!store.ticket(request.ticketId!)) return NOT_FOUND;
      const comments = store.commentsOf(request.ticketId!);
      return json(200, { comments, next_page: null, previous_page: null, count: comments.length });
    }
  }
}

function createTicket(context: ApiContext, request: ApiRequest): Answer {
  const key = request.idempotencyKey;
  const replayed = key === undefined ? undefined : context.idempotency.lookup(key, request.bodyText);
  if (replayed) return replayed;
  const input = parseNewTicket(request.body);
  if (!input.ok) return recordInvalid(input.details);
  if (input.value.requesterId !== undefined && !context.store.findUser(input.value.requesterId)) {
    return recordInvalid({ requester: [{ description: 'Requester: is invalid', error: 'InvalidValue' }] });
  }
  const created = context.store.create(input.value);
  const answer = json(201, created, { location: created.ticket.url });
  return key === undefined ? answer : context.idempotency.remember(key, request.bodyText, answer);
}

/** All tickets, or those with `external_id` (several may share one), oldest first, paged by `page`/`per_page`. */
function listTickets(store: ZendeskStore, query: URLSearchParams): Answer {
  const externalId = query.get('external_id');
  const matching = externalId === null ? store.tickets : store.tickets.filter((t) => t.external_id === externalId);
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(query.get('per_page')) || MAX_PER_PAGE));
  const page = Math.max(1, Math.trunc(Number(query.get('page'))) || 1);
  const tickets = matching.slice((page - 1) * perPage, page * perPage);
  const pageUrl = (n: number): string => {
    const params = new URLSearchParams(query);
    params.set('page', String(n));
    params.set('per_page', String(perPage));
    return `${store.baseUrl}/api/v2/tickets.json?${params.toString()}`;
  };
  return json(200, {
    tickets,
    next_page: page * perPage < matching.length ? pageUrl(page + 1) : null,
    previous_page: page > 1 ? pageUrl(page - 1) : null,
    count: matching.length,
  });
}
