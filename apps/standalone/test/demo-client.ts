import { z } from 'zod';

/** What the tests read from the gateway: the public API, as any client would use it. */
const sessionSchema = z.object({ accessToken: z.string().min(1), userId: z.string().min(1) });
const conversationSchema = z.object({ id: z.string().min(1) });
const citationSchema = z.object({ documentId: z.string(), documentVersion: z.number(), title: z.string(), section: z.string().optional(), uri: z.string().optional() });
const answerSchema = z.object({ queryId: z.string().min(1), outcome: z.string(), text: z.string(), citations: z.array(citationSchema) });
export type Answer = z.infer<typeof answerSchema>;

async function call<S extends z.ZodType>(url: string, init: RequestInit, schema: S): Promise<z.infer<S>> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}: ${text}`);
  return schema.parse(JSON.parse(text));
}

/** Asks one question as a fresh demo customer, in JSON mode (no `Accept: text/event-stream`). */
export async function askAsDemoCustomer(baseUrl: string, text: string, language: string): Promise<Answer> {
  const { accessToken } = await call(`${baseUrl}/demo/session`, {}, sessionSchema);
  const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json', accept: 'application/json' };
  const { id: conversationId } = await call(`${baseUrl}/v1/conversations`, { method: 'POST', headers, body: JSON.stringify({ language }) }, conversationSchema);
  return call(`${baseUrl}/v1/conversations/${conversationId}/messages`, { method: 'POST', headers, body: JSON.stringify({ text, language }) }, answerSchema);
}
