import type { ZendeskOperation } from './script';

interface Route {
  readonly method: string;
  readonly path: RegExp;
  readonly operation: ZendeskOperation;
}

// `.json` is optional on every Support API path.
const ROUTES: readonly Route[] = [
  { method: 'POST', path: /^\/api\/v2\/tickets(?:\.json)?$/, operation: 'createTicket' },
  { method: 'GET', path: /^\/api\/v2\/tickets(?:\.json)?$/, operation: 'listTickets' },
  { method: 'GET', path: /^\/api\/v2\/tickets\/(\d+)(?:\.json)?$/, operation: 'showTicket' },
  { method: 'PUT', path: /^\/api\/v2\/tickets\/(\d+)(?:\.json)?$/, operation: 'updateTicket' },
  { method: 'GET', path: /^\/api\/v2\/tickets\/(\d+)\/comments(?:\.json)?$/, operation: 'listComments' },
];

export interface RoutedRequest {
  readonly operation: ZendeskOperation;
  readonly ticketId?: number;
}

/** The operation at `method` and `pathname`, with the ticket id from the path; undefined for anything else. */
export function routeOf(method: string | undefined, pathname: string): RoutedRequest | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const matched = route.path.exec(pathname);
    if (matched === null) continue;
    return { operation: route.operation, ...(matched[1] === undefined ? {} : { ticketId: Number(matched[1]) }) };
  }
  return undefined;
}
