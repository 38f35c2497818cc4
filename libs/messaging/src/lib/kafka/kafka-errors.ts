import { AppError } from '@sagewire/errors';

/**
 * kafkajs errors carry `name` and `retriable`; we keep both as an AppError code and flag so
 * callers never import kafkajs to decide what to do (e.g. `MESSAGING.KAFKA_CONNECTION_ERROR`).
 */
export function fromKafkaError(error: unknown, operation: string): AppError {
  if (error instanceof AppError) return error;
  const name = error instanceof Error ? error.name : 'UnknownError';
  const retriable = (error as { retriable?: unknown }).retriable;
  const code = `MESSAGING.${name.replace(/^KafkaJS/, 'KAFKA_').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError(code, `${operation} failed: ${message}`, { retriable: retriable !== false, cause: error });
}

export async function translateKafkaErrors<T>(operation: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw fromKafkaError(error, operation);
  }
}
