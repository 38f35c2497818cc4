import { normalizeTags, parseNewTicket, parseTicketUpdate } from './ticket-input';

describe('parseNewTicket', () => {
  it('reads every field the platform sends, with Zendesk defaults for the rest', () => {
    const parsed = parseNewTicket({
      ticket: {
        subject: 'Refund over limit', comment: { body: 'First line\nsecond line', public: false }, priority: 'high',
        tags: ['Sagewire', 'refund_over_limit'], external_id: 'qry_1', custom_fields: [{ id: 360001, value: 'en' }],
      },
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        subject: 'Refund over limit', priority: 'high', tags: ['sagewire', 'refund_over_limit'], externalId: 'qry_1',
        customFields: [{ id: 360001, value: 'en' }],
        comment: { body: 'First line\nsecond line', htmlBody: '<div class="zd-comment" dir="auto"><p>First line<br>second line</p></div>', public: false },
      },
    });
  });

  it('takes an html_body and keeps its plain text as the body', () => {
    const parsed = parseNewTicket({ ticket: { comment: { html_body: '<p>Hello &amp; welcome</p><p>Line<br>two</p>' }, requester: { email: 'Jo@Example.com' } } });
    expect(parsed.ok && parsed.value.comment).toEqual({ body: 'Hello & welcome\n\nLine\ntwo', htmlBody: '<p>Hello &amp; welcome</p><p>Line<br>two</p>', public: true });
    expect(parsed.ok && parsed.value.requester).toEqual({ email: 'jo@example.com' });
  });

  it('refuses a blank description as Zendesk does, under base', () => {
    expect(parseNewTicket({ ticket: { subject: 'x', comment: { body: '  ' } } })).toEqual({
      ok: false, details: { base: [{ description: 'Description: cannot be blank', error: 'BlankValue', field_key: 'description' }] },
    });
    expect(parseNewTicket({})).toMatchObject({ ok: false, details: { base: [{ error: 'BlankValue' }] } });
  });

  it('names every invalid field', () => {
    const parsed = parseNewTicket({ ticket: { comment: { body: 'x' }, priority: 'critical', requester: { email: 'not-an-email' }, tags: 'a b', custom_fields: [{ value: 1 }] } });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && Object.keys(parsed.details).sort()).toEqual(['custom_fields', 'priority', 'requester', 'tags']);
    expect(!parsed.ok && parsed.details['priority']![0]!.description).toBe('Priority: "critical" is not valid');
  });
});

describe('parseTicketUpdate', () => {
  it('changes only what is given', () => {
    expect(parseTicketUpdate({ ticket: { status: 'solved' } })).toEqual({ ok: true, value: { status: 'solved' } });
    expect(parseTicketUpdate({ ticket: { comment: { body: 'Thanks', public: true } } })).toMatchObject({ ok: true, value: { comment: { body: 'Thanks', public: true } } });
  });

  it('refuses an unknown status and a blank comment', () => {
    expect(parseTicketUpdate({ ticket: { status: 'done', comment: { body: '' } } })).toMatchObject({ ok: false, details: { status: [{ error: 'InvalidValue' }], comment: [{ error: 'BlankValue' }] } });
  });
});

describe('normalizeTags', () => {
  it('lowercases, splits on whitespace and drops duplicates', () => {
    expect(normalizeTags(['AI Escalated', 'ai', 'lang_de-CH', ''])).toEqual(['ai', 'escalated', 'lang_de-ch']);
  });
});
