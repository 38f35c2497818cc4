import type { ConversationStreamEvent, SupportInput } from '../../domain/stream/support-stream-event';
import { ConversationHub } from './conversation-hub';

const ref = { ticketId: 'tkt_1', conversationId: 'conv_1' };
const claimed: SupportInput = { ...ref, kind: 'ticket-claimed', sequence: 1 };
const replied: SupportInput = { ...ref, kind: 'agent-replied', sequence: 2, replyId: 'r1', text: 'Done!', sentAt: '2025-06-12T09:23:05.430Z' };
const resolved: SupportInput = { ...ref, kind: 'ticket-resolved', sequence: 3 };

function watching(hub: ConversationHub, tenantId = 'tnt_a', conversationId = 'conv_1'): { events: string[]; stop: () => void } {
  const events: string[] = [];
  const stop = hub.watch(tenantId, conversationId, (e: ConversationStreamEvent) => events.push(e.event));
  return { events, stop };
}

describe('ConversationHub', () => {
  afterEach(() => jest.useRealTimers());

  it("pushes a ticket's events to its conversation's streams, and asks for a rating after the resolution", () => {
    const hub = new ConversationHub({ orderGraceMs: 1000 });
    const first = watching(hub);
    const second = watching(hub);
    const elsewhere = watching(hub, 'tnt_a', 'conv_2');
    for (const input of [claimed, replied, resolved]) hub.deliver('tnt_a', input);
    expect(first.events).toEqual(['ticket_claimed', 'agent_reply', 'ticket_resolved', 'csat_requested']);
    expect(second.events).toEqual(first.events);
    expect(elsewhere.events).toEqual([]);
  });

  it('restores the order of events that overtook one another', () => {
    const hub = new ConversationHub({ orderGraceMs: 1000 });
    const stream = watching(hub);
    hub.deliver('tnt_a', resolved);
    hub.deliver('tnt_a', claimed);
    expect(stream.events).toEqual(['ticket_claimed']);
    hub.deliver('tnt_a', replied);
    expect(stream.events).toEqual(['ticket_claimed', 'agent_reply', 'ticket_resolved', 'csat_requested']);
  });

  it('stops waiting for a missing event after the grace period', () => {
    jest.useFakeTimers();
    let now = 0;
    const hub = new ConversationHub({ orderGraceMs: 500, now: () => now });
    const stream = watching(hub);
    hub.deliver('tnt_a', replied);
    expect(stream.events).toEqual([]);
    now = 500;
    jest.advanceTimersByTime(500);
    expect(stream.events).toEqual(['agent_reply']);
  });

  it("never shows another tenant's events, and nothing after the stream closed", () => {
    const hub = new ConversationHub({ orderGraceMs: 1000 });
    const stream = watching(hub);
    hub.deliver('tnt_b', claimed);
    expect(stream.events).toEqual([]);
    stream.stop();
    hub.deliver('tnt_a', claimed);
    expect(stream.events).toEqual([]);
  });
});
