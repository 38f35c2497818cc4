import { Inject, Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import type { CommitTokenUsageV1 } from '@sagewire/contracts/query/commit-token-usage.v1';
import type { ReleaseTokenBudgetV1 } from '@sagewire/contracts/query/release-token-budget.v1';
import { tokenBudgetReleasedV1 } from '@sagewire/contracts/query/token-budget-released.v1';
import { tokenUsageCommittedV1 } from '@sagewire/contracts/query/token-usage-committed.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import type { EntityManager } from 'typeorm';
import { releasedByRelease, remainingTokens, settleCommit } from '../../domain/budget/budget-policy';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../gateway.config';
import { lockReservation, markCommitted, markReleased, windowUsage, type ReservationRow } from '../../infrastructure/postgres/reservation.repository';
import { GatewayErrorCode, gatewayError } from '../gateway-errors';
import { budgetLimits } from './budget-limits';

/**
 * Ends a hold: a release gives it back once, a commit charges the actual tokens once. The hold
 * row is locked and its status guards the change, so a second release or commit (redelivered
 * or retried) changes nothing and replies with zero tokens.
 */
@Injectable()
export class SettleTokenBudgetHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async release(envelope: Envelope<ReleaseTokenBudgetV1>, delivery: DeliveryContext): Promise<void> {
    const { queryId, conversationId, reservationId } = envelope.data;
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      const hold = await this.lockHold(manager, envelope.tenantid, reservationId);
      const releasedTokens = releasedByRelease(hold, new Date());
      if (hold.status === 'held') await markReleased(manager, envelope.tenantid, reservationId);
      await this.runtime.publish(manager, [{ contract: tokenBudgetReleasedV1, context: causedBy(envelope, this.runtime.source), data: { queryId, conversationId, reservationId, releasedTokens } }]);
    });
  }

  async commit(envelope: Envelope<CommitTokenUsageV1>, delivery: DeliveryContext): Promise<void> {
    const { queryId, conversationId, reservationId, usage, costUsd } = envelope.data;
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      const now = new Date();
      const hold = await this.lockHold(manager, envelope.tenantid, reservationId);
      // Cache reads and writes are priced apart by providers; the daily budget counts model input and output.
      const settled = settleCommit(hold, usage.inputTokens + usage.outputTokens, now);
      const firstCommit = hold.status === 'held' || hold.status === 'released';
      if (firstCommit) await markCommitted(manager, envelope.tenantid, reservationId, settled.charged, costUsd);
      const window = await windowUsage(manager, envelope.tenantid, hold.windowDay, hold.userId, now);
      await this.runtime.publish(manager, [{
        contract: tokenUsageCommittedV1,
        context: causedBy(envelope, this.runtime.source),
        data: {
          queryId, conversationId, reservationId, committedTokens: settled.charged, releasedTokens: settled.released,
          costUsd: firstCommit ? costUsd : 0, remainingTokens: remainingTokens(budgetLimits(this.config), window),
        },
      }]);
    });
  }

  private async lockHold(manager: EntityManager, tenantId: string, reservationId: string): Promise<ReservationRow> {
    const hold = await lockReservation(manager, tenantId, reservationId);
    // Not retriable: the reservation id came from this service's own reply, so a miss is a bad command.
    if (!hold) throw gatewayError(GatewayErrorCode.RESERVATION_NOT_FOUND, `tenant has no token reservation ${reservationId}`);
    return hold;
  }
}
