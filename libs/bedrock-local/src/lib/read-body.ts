import type { WireRequest } from './wire';

/** Reads the whole request body as UTF-8 (model requests are small JSON documents). */
export async function readBody(req: WireRequest): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses JSON without throwing, so each caller answers a bad body in its own error shape. */
export function parseJson(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
