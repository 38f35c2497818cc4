import { AppError } from '@sagewire/errors';
import type { EventBus, OutgoingMessage, Subscription } from '../../event-bus.port';

/** One `publish` call as the bus saw it. */
export interface PublishCall {
  readonly bus: string;
  readonly messages: readonly OutgoingMessage[];
}

/**
 * A stand-in bus for the outbox and inbox specs, which test PostgreSQL behaviour, not the bus
 * (the real adapters have their own suites). It records every successful publish call, in
 * order, into a log that several buses may share, and can fail or hold back calls on demand.
 */
export class RecordingEventBus implements EventBus {
  private failuresLeft = 0;
  private gate: Promise<void> | undefined;
  /** Publish calls started, including held and failed ones. */
  attempts = 0;

  constructor(
    readonly name = 'bus',
    readonly calls: PublishCall[] = [],
  ) {}

  /** The next `count` publish calls reject with a retriable broker error. */
  failNext(count: number): void {
    this.failuresLeft = count;
  }

  /** Publish calls wait until the returned function is called (to hold a relay mid-drain). */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.gate = undefined;
      release();
    };
  }

  get messages(): OutgoingMessage[] {
    return this.calls.flatMap((call) => call.messages);
  }

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    this.attempts += 1;
    await this.gate;
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new AppError('MESSAGING.BROKER_UNAVAILABLE', 'fake broker is down', { retriable: true });
    }
    this.calls.push({ bus: this.name, messages: [...messages] });
  }

  subscribe(): Promise<Subscription> {
    return Promise.reject(new Error('RecordingEventBus only records publish calls'));
  }

  resetOffsets(): Promise<void> {
    return Promise.reject(new Error('RecordingEventBus only records publish calls'));
  }

  ensureTopics(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
