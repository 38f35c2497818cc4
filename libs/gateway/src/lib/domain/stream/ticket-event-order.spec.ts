import { TicketEventOrder } from './ticket-event-order';

const e = (sequence: number): { sequence: number } => ({ sequence });
const seqs = (events: { sequence: number }[]): number[] => events.map((x) => x.sequence);

describe('TicketEventOrder', () => {
  it('passes events that arrive in order straight through', () => {
    const order = new TicketEventOrder({ graceMs: 1000 });
    expect(seqs(order.accept('t', e(1), 0))).toEqual([1]);
    expect(seqs(order.accept('t', e(2), 1))).toEqual([2]);
    expect(seqs(order.accept('t', e(3), 2))).toEqual([3]);
    expect(order.nextDeadlineMs()).toBeUndefined();
  });

  it('holds an event that overtook another until the other arrives', () => {
    const order = new TicketEventOrder({ graceMs: 1000 });
    expect(seqs(order.accept('t', e(1), 0))).toEqual([1]);
    expect(seqs(order.accept('t', e(3), 10))).toEqual([]);
    expect(order.nextDeadlineMs()).toBe(1010);
    expect(seqs(order.accept('t', e(2), 20))).toEqual([2, 3]);
    expect(order.nextDeadlineMs()).toBeUndefined();
  });

  it('waits for the claim when a reply comes first', () => {
    const order = new TicketEventOrder({ graceMs: 1000 });
    expect(seqs(order.accept('t', e(2), 0))).toEqual([]);
    expect(seqs(order.accept('t', e(1), 5))).toEqual([1, 2]);
  });

  it('gives up on a gap after the grace period and still emits a straggler late', () => {
    const order = new TicketEventOrder({ graceMs: 1000 });
    order.accept('t', e(1), 0);
    order.accept('t', e(4), 100);
    order.accept('t', e(3), 200);
    expect(seqs(order.expire(1099))).toEqual([]);
    expect(seqs(order.expire(1100))).toEqual([3, 4]);
    expect(seqs(order.accept('t', e(2), 1200))).toEqual([2]);
    expect(seqs(order.accept('t', e(5), 1300))).toEqual([5]);
  });

  it('emits a ticket that began before this process once the grace period ends', () => {
    const order = new TicketEventOrder({ graceMs: 500 });
    expect(seqs(order.accept('t', e(7), 0))).toEqual([]);
    expect(seqs(order.expire(500))).toEqual([7]);
    expect(seqs(order.accept('t', e(8), 600))).toEqual([8]);
  });

  it('drops redeliveries, emitted or still waiting', () => {
    const order = new TicketEventOrder({ graceMs: 1000 });
    order.accept('t', e(1), 0);
    expect(seqs(order.accept('t', e(1), 1))).toEqual([]);
    order.accept('t', e(3), 2);
    expect(seqs(order.accept('t', e(3), 3))).toEqual([]);
    expect(seqs(order.accept('t', e(2), 4))).toEqual([2, 3]);
  });

  it('keeps tickets apart and forgets the least recently active beyond its limit', () => {
    const order = new TicketEventOrder({ graceMs: 1000, maxTickets: 2 });
    order.accept('a', e(1), 0);
    order.accept('b', e(1), 0);
    expect(seqs(order.accept('a', e(2), 1))).toEqual([2]);
    order.accept('c', e(1), 2);
    // `b` was forgotten: its next event waits as for a ticket never seen.
    expect(seqs(order.accept('b', e(2), 3))).toEqual([]);
    expect(seqs(order.accept('c', e(2), 4))).toEqual([2]);
  });
});
