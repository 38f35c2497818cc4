import type { NewTicket } from '../../domain/ticketing/ticketing.port';
import { MAX_SUBJECT_CHARS, descriptionOf, subjectOf, zendeskTicketOf } from './zendesk-ticket.mapper';

const HANDOFF: NewTicket = {
  tenantId: 'tnt_acme', queryId: 'qry_01', conversationId: 'conv_01', userId: 'cus_48213', reason: 'refund_over_limit', priority: 'high',
  summary: 'Customer wants to return an unused tent; the refund exceeds the self-service limit.',
  question: 'Hi, I bought the Trailhead 2 tent 40 days ago and never used it. Can I still return it? My email is [EMAIL].',
  draftAnswer: 'Yes. Unused items can be returned within 60 days of delivery [1].',
  citations: [
    { documentId: 'doc_returns', documentVersion: 3, title: 'Returns and refunds policy', section: 'Returning unused items', uri: 'https://help.acme.example/returns' },
    { documentId: 'doc_shipping', documentVersion: 1, title: 'Shipping' },
  ],
  language: 'de-CH',
  transcript: [
    { role: 'customer', text: 'Hi, I bought the Trailhead 2 tent 40 days ago.' },
    { role: 'assistant', text: 'Thanks, how can I help with it?' },
    { role: 'customer', text: 'This is ridiculous, I want my money back now!' },
  ],
  orders: [],
};

describe('zendeskTicketOf', () => {
  it('maps the handoff to a private, tagged ticket keyed by the query id', () => {
    const { ticket } = zendeskTicketOf(HANDOFF);
    expect(ticket).toMatchObject({
      subject: 'Refund over limit: Hi, I bought the Trailhead 2 tent 40 days ago and never…',
      priority: 'high', tags: ['sagewire', 'refund_over_limit', 'lang_de-ch'], external_id: 'qry_01', comment: { public: false },
    });
    expect(ticket).not.toHaveProperty('requester');
  });

  it.each([['low', 'low'], ['normal', 'normal'], ['high', 'high'], ['urgent', 'urgent']] as const)('keeps priority %s as Zendesk %s', (priority, zendesk) => {
    expect(zendeskTicketOf({ ...HANDOFF, priority }).ticket.priority).toBe(zendesk);
  });
});

describe('descriptionOf', () => {
  it('gives the agent the summary, question, AI reply, sources, reason and ids, in that order', () => {
    expect(descriptionOf(HANDOFF)).toBe([
      'Customer wants to return an unused tent; the refund exceeds the self-service limit.',
      'Customer question (personal data redacted):\nHi, I bought the Trailhead 2 tent 40 days ago and never used it. Can I still return it? My email is [EMAIL].',
      'AI-suggested reply:\nYes. Unused items can be returned within 60 days of delivery [1].',
      'Cited articles:\n1. Returns and refunds policy › Returning unused items (https://help.acme.example/returns)\n2. Shipping (doc_shipping v1)',
      'Escalation reason: The refund exceeds what the AI may handle (refund_over_limit)',
      'Customer sentiment by turn: 0.00 → -0.59 (worsening)',
      'Conversation so far:\nCustomer: Hi, I bought the Trailhead 2 tent 40 days ago.\nAssistant: Thanks, how can I help with it?\nCustomer: This is ridiculous, I want my money back now!',
      'Priority: high · Language: de-CH',
      'Sagewire user: cus_48213 · conversation: conv_01 · query: qry_01',
    ].join('\n\n'));
  });

  it('says so when there is no draft and no source, and bounds a huge question', () => {
    const text = descriptionOf({ ...HANDOFF, draftAnswer: '  ', citations: [], question: 'word '.repeat(10_000) });
    expect(text).toContain('AI-suggested reply:\n(none: the AI produced no answer)');
    expect(text).toContain('Cited articles:\n(none)');
    expect(text.length).toBeLessThan(25_000);
  });
});

describe('subjectOf', () => {
  it('names the conversation when nothing was asked, and never exceeds the subject bound', () => {
    expect(subjectOf({ ...HANDOFF, reason: 'generation_failed', question: '  ' })).toBe('AI could not answer: conversation conv_01');
    const long = subjectOf({ ...HANDOFF, question: `${'x'.repeat(400)} y` });
    expect(long.length).toBe(MAX_SUBJECT_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });

  it('keeps a short question whole', () => {
    expect(subjectOf({ ...HANDOFF, reason: 'customer_request', question: 'I want a human' })).toBe('Customer asked for a human: I want a human');
  });

  it("puts the conversation and the customer's sentiment trend into the agent's note", () => {
    const note = descriptionOf(HANDOFF);
    expect(note).toContain('Conversation so far:\nCustomer: Hi, I bought the Trailhead 2 tent 40 days ago.\nAssistant: Thanks, how can I help with it?');
    expect(note).toMatch(/Customer sentiment by turn: -?\d\.\d\d → -\d\.\d\d \(worsening\)/);
  });

  it('lists the orders the AI looked up for the customer', () => {
    const note = descriptionOf({ ...HANDOFF, orders: [{ orderId: 'SW-10041', status: 'shipped', carrier: 'UPS', trackingNumber: '1Z9', estimatedDelivery: '2026-11-25' }] });
    expect(note).toContain('Orders looked up:\nSW-10041: shipped (UPS, tracking 1Z9, due 2026-11-25)');
  });
});
