/**
 * The daily token budget: a hold counts against the tenant's and the user's window until it is
 * committed (then the actual tokens count), released or expired (then nothing counts).
 * Windows are UTC days.
 */
export interface BudgetLimits {
  readonly tenantDailyTokens: number;
  readonly userDailyTokens: number;
}

export interface BudgetUsage {
  readonly tenantUsed: number;
  readonly userUsed: number;
}

export type RejectionReason = 'tenant_daily_limit' | 'user_daily_limit';

export type BudgetDecision =
  | { readonly kind: 'reserve'; readonly remainingTokens: number }
  | { readonly kind: 'reject'; readonly reason: RejectionReason; readonly limit: number; readonly used: number };

/** What the caller may still use: the smaller of the tenant's and the user's remainder. */
export function remainingTokens(limits: BudgetLimits, usage: BudgetUsage): number {
  return Math.max(0, Math.min(limits.tenantDailyTokens - usage.tenantUsed, limits.userDailyTokens - usage.userUsed));
}

export function decideReservation(limits: BudgetLimits, usage: BudgetUsage, estimatedTokens: number): BudgetDecision {
  if (usage.tenantUsed + estimatedTokens > limits.tenantDailyTokens) {
    return { kind: 'reject', reason: 'tenant_daily_limit', limit: limits.tenantDailyTokens, used: usage.tenantUsed };
  }
  if (usage.userUsed + estimatedTokens > limits.userDailyTokens) {
    return { kind: 'reject', reason: 'user_daily_limit', limit: limits.userDailyTokens, used: usage.userUsed };
  }
  const after = { tenantUsed: usage.tenantUsed + estimatedTokens, userUsed: usage.userUsed + estimatedTokens };
  return { kind: 'reserve', remainingTokens: remainingTokens(limits, after) };
}

export type HoldStatus = 'held' | 'released' | 'committed' | 'rejected';

export interface Hold {
  readonly status: HoldStatus;
  readonly reservedTokens: number;
  readonly expiresAt: Date;
}

/** A hold still counts against the budget only while held and not expired. */
export function holdIsLive(hold: Hold, now: Date): boolean {
  return hold.status === 'held' && hold.expiresAt.getTime() > now.getTime();
}

/** Releasing gives back the live hold once; anything else gives back nothing. */
export function releasedByRelease(hold: Hold, now: Date): number {
  return holdIsLive(hold, now) ? hold.reservedTokens : 0;
}

/**
 * Committing charges the actual tokens once (a second commit charges nothing) and gives back
 * the unused part of a live hold.
 */
export function settleCommit(hold: Hold, actualTokens: number, now: Date): { readonly charged: number; readonly released: number } {
  if (hold.status === 'committed' || hold.status === 'rejected') return { charged: 0, released: 0 };
  const released = holdIsLive(hold, now) ? Math.max(0, hold.reservedTokens - actualTokens) : 0;
  return { charged: actualTokens, released };
}

/** `2025-03-14` for any instant of that UTC day. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function nextUtcMidnight(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}
