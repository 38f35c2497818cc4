import { conversationStreamEvents, type ConversationStreamEvent, type SupportInput } from '../../domain/stream/support-stream-event';
import { TicketEventOrder, type Sequenced } from '../../domain/stream/ticket-event-order';

export type ConversationListener = (event: ConversationStreamEvent) => void;

export interface ConversationHubOptions {
  /** How long a ticket event waits for the ones before it (see TicketEventOrder). */
  readonly orderGraceMs: number;
  readonly now?: () => number;
}

/** An event waiting in the ticket order remembers its tenant. */
type TenantInput = Sequenced & { readonly tenantId: string; readonly input: SupportInput };

/**
 * In-process fan-out of ticket events to the open streams of their conversation. It is fed by
 * this replica's per-instance consumer group, so every replica sees every event and pushes it
 * to the connections it holds; a connection only gets what arrives while it is open (no
 * replay: the history endpoint has the rest). Events are put back in per-ticket order first.
 */
export class ConversationHub {
  private readonly listeners = new Map<string, Set<ConversationListener>>();
  private readonly order: TicketEventOrder<TenantInput>;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;
  private timerDueMs: number | undefined;

  constructor(private readonly options: ConversationHubOptions) {
    this.order = new TicketEventOrder({ graceMs: options.orderGraceMs });
    this.now = options.now ?? Date.now;
  }

  /** Streams the conversation's events from now on; returns the unsubscribe function. */
  watch(tenantId: string, conversationId: string, listener: ConversationListener): () => void {
    const key = conversationKey(tenantId, conversationId);
    const set = this.listeners.get(key) ?? new Set();
    set.add(listener);
    this.listeners.set(key, set);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(key) === set) this.listeners.delete(key);
    };
  }

  /** The tenant is part of every key: a foreign tenant's event never reaches this tenant's streams. */
  deliver(tenantId: string, input: SupportInput): void {
    this.emit(this.order.accept(`${tenantId}/${input.ticketId}`, { sequence: input.sequence, tenantId, input }, this.now()));
    this.schedule();
  }

  private emit(ready: readonly TenantInput[]): void {
    for (const { tenantId, input } of ready) {
      const listeners = this.listeners.get(conversationKey(tenantId, input.conversationId));
      if (!listeners) continue;
      for (const event of conversationStreamEvents(input)) for (const listener of [...listeners]) listener(event);
    }
  }

  /** One timer for the earliest ticket still waiting for an earlier event. */
  private schedule(): void {
    const due = this.order.nextDeadlineMs();
    if (due === undefined || (this.timerDueMs !== undefined && this.timerDueMs <= due)) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerDueMs = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerDueMs = undefined;
      this.emit(this.order.expire(this.now()));
      this.schedule();
    }, Math.max(0, due - this.now()));
    this.timer.unref();
  }
}

function conversationKey(tenantId: string, conversationId: string): string {
  return `${tenantId}/${conversationId}`;
}
