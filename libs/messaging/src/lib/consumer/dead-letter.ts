import type { IncomingMessage, OutgoingMessage } from '../event-bus.port';

export const DLQ_SUFFIX = '.dlq';

/** Headers added to a dead letter, beside the original ones, so an operator can re-drive it. */
export const DLQ_HEADERS = {
  errorCode: 'sagewire-dlq-error-code',
  errorMessage: 'sagewire-dlq-error-message',
  attempts: 'sagewire-dlq-attempts',
  originalTopic: 'sagewire-dlq-original-topic',
  originalPartition: 'sagewire-dlq-original-partition',
  originalOffset: 'sagewire-dlq-original-offset',
  consumerGroup: 'sagewire-dlq-consumer-group',
  failedAt: 'sagewire-dlq-failed-at',
} as const;

/** Error messages can be long or echo input; a dead letter keeps a bounded summary. */
const MAX_MESSAGE_LENGTH = 500;

export interface Failure {
  readonly code: string;
  readonly message: string;
  readonly attempts: number;
}

export function dlqTopicOf(topic: string): string {
  return `${topic}${DLQ_SUFFIX}`;
}

/** The dead letter keeps the original key, value and headers untouched: re-driving is a copy back. */
export function toDeadLetter(message: IncomingMessage, failure: Failure, groupId: string, now: Date = new Date()): OutgoingMessage {
  return {
    topic: dlqTopicOf(message.topic),
    // A keyless record (not ours) still needs a key: keep its partition's records together.
    key: message.key ?? `${message.topic}:${message.partition}`,
    value: message.value,
    headers: {
      ...message.headers,
      [DLQ_HEADERS.errorCode]: failure.code,
      [DLQ_HEADERS.errorMessage]: failure.message.slice(0, MAX_MESSAGE_LENGTH),
      [DLQ_HEADERS.attempts]: String(failure.attempts),
      [DLQ_HEADERS.originalTopic]: message.topic,
      [DLQ_HEADERS.originalPartition]: String(message.partition),
      [DLQ_HEADERS.originalOffset]: message.offset,
      [DLQ_HEADERS.consumerGroup]: groupId,
      [DLQ_HEADERS.failedAt]: now.toISOString(),
    },
  };
}
