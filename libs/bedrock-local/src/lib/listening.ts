import type { AddressInfo, Server, Socket } from 'node:net';

/** A listening local server, and how to stop it with everything it still holds open. */
export interface Listening {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Listens on `port` (0: a free one) and returns the base URL, plus a `close` that cancels the
 * pending delays first (hung calls and paused streams), lets the streams those wake break
 * themselves off, then drops every open connection: a test's `close()` never waits on a
 * client that keeps its connection alive. Shared by the Bedrock and OpenAI-compatible servers.
 */
export async function listen(server: Server, port: number, host: string, delays: { cancelAll(): void }): Promise<Listening> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: async () => {
      delays.cancelAll();
      // Streams woken by the cancel break themselves off (see playTurn); let their resets out first.
      await new Promise((resolve) => setImmediate(resolve));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
