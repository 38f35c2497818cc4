/** Anything numbered within its ticket (`sequence` of the support contracts: 1 for the claim). */
export interface Sequenced {
  readonly sequence: number;
}

interface TicketState<E> {
  /** The next sequence to emit; undefined until the ticket's start (1) or a flush fixed it. */
  next: number | undefined;
  readonly emitted: Set<number>;
  readonly pending: Map<number, E>;
  /** When the oldest event still pending arrived. */
  waitingSinceMs: number | undefined;
}

export interface TicketEventOrderOptions {
  /** How long an event waits for the ones before it before it is emitted anyway. */
  readonly graceMs: number;
  /** Tickets remembered at most; the least recently active are forgotten first. */
  readonly maxTickets?: number;
}

export const DEFAULT_MAX_TRACKED_TICKETS = 10_000;

/**
 * Puts a ticket's events back in order. Each support event type has its own topic, so a claim,
 * a reply and the resolution can overtake one another on the way; their per-ticket sequence
 * restores the order. An event that arrives early waits for the ones before it, at most
 * `graceMs` (an event of a ticket that began before this process did waits once, since its
 * predecessors never come). Duplicates (redeliveries) are dropped; a straggler that arrives
 * after the wait is emitted late rather than lost.
 */
export class TicketEventOrder<E extends Sequenced> {
  private readonly tickets = new Map<string, TicketState<E>>();
  private readonly maxTickets: number;

  constructor(private readonly options: TicketEventOrderOptions) {
    this.maxTickets = options.maxTickets ?? DEFAULT_MAX_TRACKED_TICKETS;
  }

  /** Takes one event; returns the events now ready, in order. */
  accept(ticketKey: string, event: E, nowMs: number): E[] {
    const state = this.state(ticketKey);
    const { sequence } = event;
    if (state.emitted.has(sequence) || state.pending.has(sequence)) return [];
    if (state.next !== undefined && sequence < state.next) return this.emit(state, [event]);
    state.pending.set(sequence, event);
    if (state.next === undefined && sequence === 1) state.next = 1;
    const ready = this.drain(state);
    state.waitingSinceMs = state.pending.size === 0 ? undefined : (state.waitingSinceMs ?? nowMs);
    return ready;
  }

  /** Emits, in order, what has waited `graceMs` or longer, giving up on the gaps before it. */
  expire(nowMs: number): E[] {
    const ready: E[] = [];
    for (const state of this.tickets.values()) {
      if (state.waitingSinceMs === undefined || nowMs - state.waitingSinceMs < this.options.graceMs) continue;
      const waiting = [...state.pending.keys()].sort((a, b) => a - b);
      state.next = waiting[0];
      ready.push(...this.drain(state, true));
      state.waitingSinceMs = undefined;
    }
    return ready;
  }

  /** When `expire` next has something to emit; undefined while nothing waits. */
  nextDeadlineMs(): number | undefined {
    let deadline: number | undefined;
    for (const state of this.tickets.values()) {
      if (state.waitingSinceMs === undefined) continue;
      const due = state.waitingSinceMs + this.options.graceMs;
      deadline = deadline === undefined ? due : Math.min(deadline, due);
    }
    return deadline;
  }

  /** Emits pending events from `next` on; with `skipGaps`, jumps over missing numbers too. */
  private drain(state: TicketState<E>, skipGaps = false): E[] {
    const ready: E[] = [];
    while (state.next !== undefined && state.pending.size > 0) {
      const event = state.pending.get(state.next);
      if (event === undefined) {
        if (!skipGaps) break;
        state.next++;
        continue;
      }
      state.pending.delete(state.next);
      ready.push(event);
      state.next++;
    }
    return this.emit(state, ready);
  }

  private emit(state: TicketState<E>, events: E[]): E[] {
    for (const event of events) state.emitted.add(event.sequence);
    return events;
  }

  /** Least recently used first: a touched ticket moves to the end of the map. */
  private state(ticketKey: string): TicketState<E> {
    const existing = this.tickets.get(ticketKey);
    if (existing) {
      this.tickets.delete(ticketKey);
      this.tickets.set(ticketKey, existing);
      return existing;
    }
    if (this.tickets.size >= this.maxTickets) this.tickets.delete(this.tickets.keys().next().value!);
    const created: TicketState<E> = { next: undefined, emitted: new Set(), pending: new Map(), waitingSinceMs: undefined };
    this.tickets.set(ticketKey, created);
    return created;
  }
}
