import type { TokenUsage } from '../../domain/chat/chat-model.port';
import { DEFAULT_PRICE_TABLE, costOf, priceFor, type PriceTable } from '../../domain/cost/price-table';

/** A call's cost, and whether the table knew the model (an unknown one is logged, not billed). */
export interface PricedCall {
  readonly costUsd: number;
  readonly priced: boolean;
}

/** The price table in force: the list prices with GENERATION_PRICES over them. */
export class ModelPricing {
  readonly table: PriceTable;

  constructor(overrides: PriceTable = {}) {
    this.table = { ...DEFAULT_PRICE_TABLE, ...overrides };
  }

  knows(model: string): boolean {
    return priceFor(this.table, model) !== undefined;
  }

  cost(model: string, usage: TokenUsage): PricedCall {
    const price = priceFor(this.table, model);
    return price === undefined ? { costUsd: 0, priced: false } : { costUsd: costOf(usage, price), priced: true };
  }
}
