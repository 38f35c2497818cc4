/** The little the messaging machinery needs from a logger; services pass their own. */
export interface MessagingLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

type Level = 'info' | 'warn' | 'error';

/** Structured JSON lines on stderr, one object per event: easy to ship and to grep. */
export function jsonLogger(component: string, minimum: Level = 'info'): MessagingLogger {
  const order: Record<Level, number> = { info: 0, warn: 1, error: 2 };
  const write = (level: Level, message: string, fields?: Record<string, unknown>): void => {
    if (order[level] < order[minimum]) return;
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, component, message, ...fields })}\n`);
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}

/** For tests and benchmarks that assert on behaviour, not on log lines. */
export const silentLogger: MessagingLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
