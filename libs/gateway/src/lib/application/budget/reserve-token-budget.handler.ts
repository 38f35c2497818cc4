import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { causedBy, type Envelope, type EnvelopeContext } from '@sagewire/contracts';
import type { ReserveTokenBudgetV1 } from '@sagewire/contracts/query/reserve-token-budget.v1';
import { tokenBudgetRejectedV1 } from '@sagewire/contracts/query/token-budget-rejected.v1';
import { tokenBudgetReservedV1 } from '@sagewire/contracts/query/token-budget-reserved.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime, type PendingMessage } from '@sagewire/service-kit';
import type { EntityManager } from 'typeorm';
import { decideReservation, nextUtcMidnight, remainingTokens, utcDay } from '../../domain/budget/budget-policy';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../gateway.config';
import { findReservationByQuery, insertReservation, lockTenantBudget, windowUsage, type ReservationRow } from '../../infrastructure/postgres/reservation.repository';
import { budgetLimits } from './budget-limits';

/**
 * Holds tokens for a query, once per query: the decision is stored under UNIQUE (tenant,
 * query), so a redelivered command (same event id: the inbox) or a retried one (new event id,
 * same query) gets the same reservation or the same rejection again, never a second hold.
 */
@Injectable()
export class ReserveTokenBudgetHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async handle(envelope: Envelope<ReserveTokenBudgetV1>, delivery: DeliveryContext): Promise<void> {
    const context = causedBy(envelope, this.runtime.source);
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      await lockTenantBudget(manager, envelope.tenantid);
      const now = new Date();
      const existing = await findReservationByQuery(manager, envelope.tenantid, envelope.data.queryId);
      const hold = existing ?? (await this.decide(manager, envelope.tenantid, envelope.data, now));
      await this.runtime.publish(manager, [await this.reply(manager, envelope.tenantid, envelope.data, hold, context, now)]);
    });
  }

  private async decide(manager: EntityManager, tenantId: string, command: ReserveTokenBudgetV1, now: Date): Promise<ReservationRow> {
    const windowDay = utcDay(now);
    const usage = await windowUsage(manager, tenantId, windowDay, command.userId, now);
    const decision = decideReservation(budgetLimits(this.config), usage, command.estimatedTokens);
    const hold = {
      reservationId: randomUUID(), userId: command.userId, windowDay,
      expiresAt: new Date(now.getTime() + this.config.GATEWAY_BUDGET_HOLD_SECONDS * 1000),
    };
    if (decision.kind === 'reserve') {
      await insertReservation(manager, { ...hold, tenantId, queryId: command.queryId, conversationId: command.conversationId, status: 'held', reservedTokens: command.estimatedTokens });
      return { ...hold, status: 'held', reservedTokens: command.estimatedTokens, rejectReason: null, limitTokens: null, usedTokens: null };
    }
    const rejection = { reason: decision.reason, limit: decision.limit, used: decision.used };
    await insertReservation(manager, { ...hold, tenantId, queryId: command.queryId, conversationId: command.conversationId, status: 'rejected', reservedTokens: 0, rejection });
    return { ...hold, status: 'rejected', reservedTokens: 0, rejectReason: decision.reason, limitTokens: decision.limit, usedTokens: decision.used };
  }

  private async reply(manager: EntityManager, tenantId: string, command: ReserveTokenBudgetV1, hold: ReservationRow, context: EnvelopeContext, now: Date): Promise<PendingMessage> {
    const ref = { queryId: command.queryId, conversationId: command.conversationId };
    if (hold.status === 'rejected') {
      return {
        contract: tokenBudgetRejectedV1,
        context,
        data: { ...ref, reason: hold.rejectReason ?? 'tenant_daily_limit', limit: hold.limitTokens ?? 0, used: hold.usedTokens ?? 0, resetsAt: nextUtcMidnight(new Date(`${hold.windowDay}T00:00:00Z`)).toISOString() },
      };
    }
    const usage = await windowUsage(manager, tenantId, hold.windowDay, hold.userId, now);
    return {
      contract: tokenBudgetReservedV1,
      context,
      data: { ...ref, reservationId: hold.reservationId, reservedTokens: hold.reservedTokens, remainingTokens: remainingTokens(budgetLimits(this.config), usage), expiresAt: hold.expiresAt.toISOString() },
    };
  }
}
