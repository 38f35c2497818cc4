import { classifyZendeskStatus, retryAfterMs, ZENDESK_ERROR, zendeskErrorMessage } from './zendesk-errors';

describe('classifyZendeskStatus', () => {
  it.each([
    [429, ZENDESK_ERROR.THROTTLED, true],
    [500, ZENDESK_ERROR.UNAVAILABLE, true],
    [503, ZENDESK_ERROR.UNAVAILABLE, true],
    [408, ZENDESK_ERROR.UNAVAILABLE, true],
    [409, ZENDESK_ERROR.UNAVAILABLE, true],
    [422, ZENDESK_ERROR.REJECTED, false],
    [400, ZENDESK_ERROR.REJECTED, false],
    [413, ZENDESK_ERROR.REJECTED, false],
    [401, ZENDESK_ERROR.MISCONFIGURED, false],
    [403, ZENDESK_ERROR.MISCONFIGURED, false],
    [404, ZENDESK_ERROR.MISCONFIGURED, false],
    [301, ZENDESK_ERROR.MISCONFIGURED, false],
  ])('HTTP %i is %s, retriable %s', (status, code, retriable) => {
    expect(classifyZendeskStatus(status)).toEqual({ code, retriable });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and ignores what it cannot read', () => {
    const now = Date.parse('2025-06-12T09:00:00Z');
    expect(retryAfterMs('93', now)).toBe(93_000);
    expect(retryAfterMs('Thu, 12 Jun 2025 09:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Thu, 12 Jun 2025 08:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});

describe('zendeskErrorMessage', () => {
  it('reads error, description and the first field failures of a RecordInvalid', () => {
    expect(zendeskErrorMessage(JSON.stringify({
      error: 'RecordInvalid', description: 'Record validation errors',
      details: { base: [{ description: 'Description: cannot be blank', error: 'BlankValue' }], priority: [{ description: 'Priority: is invalid' }] },
    }))).toBe('RecordInvalid: Record validation errors (base: Description: cannot be blank; priority: Priority: is invalid)');
    expect(zendeskErrorMessage('{"error":"Couldn\'t authenticate you"}')).toBe("Couldn't authenticate you");
  });

  it('quotes the start of a text body, and says when there was none', () => {
    expect(zendeskErrorMessage('Service   Unavailable\n')).toBe('Service Unavailable');
    expect(zendeskErrorMessage('x'.repeat(1000))).toHaveLength(300);
    expect(zendeskErrorMessage('')).toBe('(empty body)');
  });
});
