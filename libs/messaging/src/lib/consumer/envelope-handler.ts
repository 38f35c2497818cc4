import { validateEnvelope, type Contract, type Envelope } from '@sagewire/contracts';
import { describeError } from '@sagewire/errors';
import { decodeMessage, typeOf } from '../cloudevents/binary-mode';
import type { EventBus, IncomingMessage, MessageHandler } from '../event-bus.port';
import type { MessagingLogger } from '../logger';
import { toDeadLetter, type Failure } from './dead-letter';
import { backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';

export const CONTRACT_VALIDATION_FAILED = 'CONTRACT.VALIDATION_FAILED';
export const CONTRACT_UNKNOWN_TYPE = 'CONTRACT.UNKNOWN_TYPE';

/** What a typed handler receives besides the validated CloudEvent. */
export interface DeliveryContext {
  readonly contract: Contract;
  readonly message: IncomingMessage;
  readonly groupId: string;
  readonly attempt: number;
}

export type EnvelopeHandler = (envelope: Envelope, context: DeliveryContext) => Promise<void>;

export interface EnvelopeHandlerOptions {
  readonly bus: EventBus;
  readonly groupId: string;
  /** The contracts this consumer accepts, found by the record's CloudEvents type. */
  readonly contracts: readonly Contract[];
  readonly handle: EnvelopeHandler;
  readonly retry?: RetryPolicy;
  readonly logger: MessagingLogger;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Turns a typed handler into a bus handler with the delivery rules every service shares:
 * decode and validate (a bad record is dead-lettered at once, never crashing the consumer);
 * retriable failures retried with backoff, in place, so later records of the partition wait
 * and per-key order holds; after the last attempt, or on a non-retriable error, the record
 * goes to `<topic>.dlq` and the partition moves on. Only a failed dead-letter write rejects,
 * which leaves the offset uncommitted: nothing is dropped.
 */
export function createEnvelopeHandler(options: EnvelopeHandlerOptions): MessageHandler {
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const byType = new Map<string, Contract>(options.contracts.map((c) => [c.type, c]));

  const deadLetter = async (message: IncomingMessage, failure: Failure): Promise<void> => {
    options.logger.warn('message dead-lettered', {
      topic: message.topic, partition: message.partition, offset: message.offset, groupId: options.groupId,
      errorCode: failure.code, attempts: failure.attempts, error: failure.message,
    });
    await options.bus.publish([toDeadLetter(message, failure, options.groupId)]);
  };

  return async (message) => {
    const type = typeOf(message);
    const contract = type === undefined ? undefined : byType.get(type);
    if (contract === undefined) {
      return deadLetter(message, { code: CONTRACT_UNKNOWN_TYPE, message: `no contract for type ${type ?? '(missing ce_type)'}`, attempts: 1 });
    }
    const decoded = decodeMessage(message);
    const validation = decoded.ok ? validateEnvelope(contract, decoded.candidate) : decoded;
    if (!validation.ok) {
      return deadLetter(message, { code: CONTRACT_VALIDATION_FAILED, message: validation.issues.join('; '), attempts: 1 });
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await options.handle(validation.envelope, { contract, message, groupId: options.groupId, attempt });
        return;
      } catch (error) {
        const { code, retriable, message: text } = describeError(error);
        if (!retriable || attempt >= policy.maxAttempts) {
          return deadLetter(message, { code, message: text, attempts: attempt });
        }
        options.logger.warn('handler failed, retrying', { topic: message.topic, offset: message.offset, errorCode: code, attempt });
        await sleep(backoffDelay(policy, attempt));
      }
    }
  };
}
