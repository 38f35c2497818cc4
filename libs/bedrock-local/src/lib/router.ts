import type { WireRequest, WireResponse } from './wire';

export type RouteHandler = (req: WireRequest, res: WireResponse, params: readonly string[]) => Promise<void> | void;

/** One operation: its method and a path pattern whose groups become (URL-decoded) params. */
export interface Route {
  readonly method: 'GET' | 'POST';
  readonly path: RegExp;
  readonly handle: RouteHandler;
}

/** The first route matching method and path, with its decoded path parameters. */
export function matchRoute(routes: readonly Route[], method: string | undefined, url: string | undefined): { route: Route; params: string[] } | undefined {
  const path = new URL(url ?? '/', 'http://local').pathname;
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.path.exec(path);
    // Model ids arrive percent-encoded (`amazon.titan-embed-text-v2%3A0`).
    if (match) return { route, params: match.slice(1).map((p) => decodeURIComponent(p)) };
  }
  return undefined;
}
