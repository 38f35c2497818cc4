import { GatewayClient, GatewayRequestError } from './gateway-client';

/** A fetch that answers one status and body, as the gateway's error filter writes them. */
const answering = (status: number, body: unknown): typeof fetch => () => Promise.resolve(new Response(JSON.stringify(body), { status }));
const error = (message: string) => ({ error: { code: 'GATEWAY.X', message } });

describe('GatewayClient errors', () => {
  it.each([
    [403, 'this endpoint requires one of the roles: admin', 'the API key may not do this (403: this endpoint requires one of the roles: admin); use an admin API key of the tenant'],
    [413, 'the document has 2000 bytes; the limit is 1000 (GATEWAY_MAX_DOCUMENT_BYTES)', 'too large for this gateway (413): the document has 2000 bytes; the limit is 1000 (GATEWAY_MAX_DOCUMENT_BYTES)'],
    [415, 'unsupported media type application/zip; supported: text/plain', 'media type refused (415): unsupported media type application/zip; supported: text/plain'],
  ])('turns %i into a message with the server\'s own words', async (status, serverMessage, expected) => {
    const client = new GatewayClient('http://gw', 'sw_key', answering(status, error(serverMessage)));
    const failure = client.upload({ bytes: new Uint8Array([1]), filename: 'a.txt', mediaType: 'text/plain', aclTags: [] });
    await expect(failure).rejects.toThrow(new GatewayRequestError(expected, status));
  });

  it('quotes a body that is not the gateway\'s JSON', async () => {
    const client = new GatewayClient('http://gw', 'sw_key', () => Promise.resolve(new Response('<html>Bad Gateway</html>', { status: 502 })));
    await expect(client.list(false)).rejects.toThrow('the gateway answered 502: <html>Bad Gateway</html>');
  });
});
