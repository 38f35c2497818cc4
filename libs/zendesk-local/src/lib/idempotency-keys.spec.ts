import { IDEMPOTENCY_KEY_TTL_MS, IdempotencyKeys } from './idempotency-keys';
import { json } from './responses';

describe('IdempotencyKeys', () => {
  it('replays the first answer for the same key and body, refuses another body, forgets after two hours', () => {
    let now = 0;
    const keys = new IdempotencyKeys(() => now);
    expect(keys.lookup('k', '{"a":1}')).toBeUndefined();
    expect(keys.remember('k', '{"a":1}', json(201, { id: 1 })).headers).toEqual({ 'x-idempotency-lookup': 'miss' });
    expect(keys.lookup('k', '{"a":1}')).toEqual({ status: 201, body: { id: 1 }, headers: { 'x-idempotency-lookup': 'hit' } });
    expect(keys.lookup('k', '{"a":2}')).toMatchObject({ status: 400, body: { error: 'IdempotentRequestError' } });
    now = IDEMPOTENCY_KEY_TTL_MS;
    expect(keys.lookup('k', '{"a":1}')).toBeUndefined();
  });
});
