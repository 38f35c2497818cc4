import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { commitTokenUsageV1, type CommitTokenUsageV1 } from '@sagewire/contracts/query/commit-token-usage.v1';
import { releaseTokenBudgetV1, type ReleaseTokenBudgetV1 } from '@sagewire/contracts/query/release-token-budget.v1';
import { reserveTokenBudgetV1, type ReserveTokenBudgetV1 } from '@sagewire/contracts/query/reserve-token-budget.v1';
import { OnEvent, type DeliveryContext } from '@sagewire/messaging';
import { ReserveTokenBudgetHandler } from '../../application/budget/reserve-token-budget.handler';
import { SettleTokenBudgetHandler } from '../../application/budget/settle-token-budget.handler';
import { GATEWAY_EVENTS } from './transports';

/** The token budget's commands, owned by the gateway's quota. */
@Controller()
export class TokenBudgetConsumer {
  constructor(
    private readonly reserve: ReserveTokenBudgetHandler,
    private readonly settle: SettleTokenBudgetHandler,
  ) {}

  @OnEvent(reserveTokenBudgetV1, GATEWAY_EVENTS)
  onReserve(@Payload() envelope: Envelope<ReserveTokenBudgetV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.reserve.handle(envelope, delivery);
  }

  @OnEvent(releaseTokenBudgetV1, GATEWAY_EVENTS)
  onRelease(@Payload() envelope: Envelope<ReleaseTokenBudgetV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.settle.release(envelope, delivery);
  }

  @OnEvent(commitTokenUsageV1, GATEWAY_EVENTS)
  onCommit(@Payload() envelope: Envelope<CommitTokenUsageV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.settle.commit(envelope, delivery);
  }
}
