import { decideReservation, nextUtcMidnight, releasedByRelease, remainingTokens, settleCommit, utcDay, type Hold } from './budget-policy';

const limits = { tenantDailyTokens: 1000, userDailyTokens: 300 };
const now = new Date('2025-03-14T09:26:53.589Z');
const later = new Date('2025-03-14T10:00:00.000Z');
const hold = (status: Hold['status'], expiresAt = later): Hold => ({ status, reservedTokens: 200, expiresAt });

describe('budget policy', () => {
  it('reserves while both the tenant and the user have room, reporting the smaller remainder', () => {
    expect(decideReservation(limits, { tenantUsed: 100, userUsed: 50 }, 200)).toEqual({ kind: 'reserve', remainingTokens: 50 });
  });

  it('rejects on the tenant limit first, then on the user limit', () => {
    expect(decideReservation(limits, { tenantUsed: 900, userUsed: 0 }, 200)).toEqual({ kind: 'reject', reason: 'tenant_daily_limit', limit: 1000, used: 900 });
    expect(decideReservation(limits, { tenantUsed: 0, userUsed: 250 }, 100)).toEqual({ kind: 'reject', reason: 'user_daily_limit', limit: 300, used: 250 });
  });

  it('never reports a negative remainder', () => {
    expect(remainingTokens(limits, { tenantUsed: 2000, userUsed: 0 })).toBe(0);
  });

  it('releases a live hold once, and nothing for settled or expired holds', () => {
    expect(releasedByRelease(hold('held'), now)).toBe(200);
    expect(releasedByRelease(hold('released'), now)).toBe(0);
    expect(releasedByRelease(hold('committed'), now)).toBe(0);
    expect(releasedByRelease(hold('held', now), later)).toBe(0);
  });

  it('charges a commit once and gives back the unused part of the hold', () => {
    expect(settleCommit(hold('held'), 120, now)).toEqual({ charged: 120, released: 80 });
    expect(settleCommit(hold('held'), 500, now)).toEqual({ charged: 500, released: 0 });
    expect(settleCommit(hold('committed'), 120, now)).toEqual({ charged: 0, released: 0 });
    // The model ran even if the hold lapsed or was released: the usage is charged.
    expect(settleCommit(hold('released'), 120, now)).toEqual({ charged: 120, released: 0 });
  });

  it('windows are UTC days', () => {
    expect(utcDay(now)).toBe('2025-03-14');
    expect(nextUtcMidnight(now).toISOString()).toBe('2025-03-15T00:00:00.000Z');
  });
});
