import type { TokenUsage } from '../chat/chat-model.port';

/**
 * What a model costs, in US dollars per million tokens. Cache prices matter for Anthropic
 * models on Bedrock, where `inputTokens` excludes the tokens read from or written to the
 * prompt cache: those are billed separately (reads ~10 % of input, writes ~125 %).
 */
export interface ModelPrice {
  readonly inputPerMTok: number;
  readonly outputPerMTok: number;
  /** Defaults to the input price when a provider reports cache reads but the table has none. */
  readonly cacheReadPerMTok?: number;
  readonly cacheWritePerMTok?: number;
}

/** Prices by model-id prefix; the longest matching prefix wins. */
export type PriceTable = Readonly<Record<string, ModelPrice>>;

/**
 * List prices (SPEC.md §1.16, on-demand, us-east-1). Keys are prefixes of Bedrock model ids
 * without a cross-region prefix, so `us.anthropic.claude-3-haiku-20240307-v1:0` matches
 * `anthropic.claude-3-haiku`. Override or extend with GENERATION_PRICES.
 */
export const DEFAULT_PRICE_TABLE: PriceTable = {
  'anthropic.claude-3-5-sonnet': { inputPerMTok: 3, outputPerMTok: 15, cacheReadPerMTok: 0.3, cacheWritePerMTok: 3.75 },
  'anthropic.claude-3-7-sonnet': { inputPerMTok: 3, outputPerMTok: 15, cacheReadPerMTok: 0.3, cacheWritePerMTok: 3.75 },
  'anthropic.claude-sonnet-4': { inputPerMTok: 3, outputPerMTok: 15, cacheReadPerMTok: 0.3, cacheWritePerMTok: 3.75 },
  'anthropic.claude-3-haiku': { inputPerMTok: 0.25, outputPerMTok: 1.25, cacheReadPerMTok: 0.03, cacheWritePerMTok: 0.3 },
  'anthropic.claude-3-5-haiku': { inputPerMTok: 0.8, outputPerMTok: 4, cacheReadPerMTok: 0.08, cacheWritePerMTok: 1 },
  'anthropic.claude-3-opus': { inputPerMTok: 15, outputPerMTok: 75, cacheReadPerMTok: 1.5, cacheWritePerMTok: 18.75 },
  'amazon.titan-text-premier': { inputPerMTok: 0.5, outputPerMTok: 1.5 },
  'amazon.titan-text-express': { inputPerMTok: 0.2, outputPerMTok: 0.6 },
  'amazon.titan-text-lite': { inputPerMTok: 0.15, outputPerMTok: 0.2 },
  'meta.llama3-1-70b-instruct': { inputPerMTok: 2.65, outputPerMTok: 3.5 },
  // The embedded answerer runs in-process: free.
  local: { inputPerMTok: 0, outputPerMTok: 0 },
};

/** Cross-region inference profiles prefix the model id with a geography. */
const REGION_PREFIX = /^(us|eu|apac|us-gov|global)\./;

/** The price of `model`, or undefined when no prefix of the table matches it. */
export function priceFor(table: PriceTable, model: string): ModelPrice | undefined {
  const id = model.replace(REGION_PREFIX, '');
  let best: string | undefined;
  for (const prefix of Object.keys(table)) {
    if ((id.startsWith(prefix) || model.startsWith(prefix)) && (best === undefined || prefix.length > best.length)) best = prefix;
  }
  return best === undefined ? undefined : table[best];
}

/** Dollars are kept to 1e-10: far below a cent, and free of float noise like 0.1 + 0.2. */
const USD_DECIMALS = 10;

/** The cost of one call's usage at `price`, in US dollars. */
export function costOf(usage: TokenUsage, price: ModelPrice): number {
  const microDollars =
    usage.inputTokens * price.inputPerMTok +
    usage.outputTokens * price.outputPerMTok +
    (usage.cacheReadTokens ?? 0) * (price.cacheReadPerMTok ?? price.inputPerMTok) +
    (usage.cacheWriteTokens ?? 0) * (price.cacheWritePerMTok ?? price.inputPerMTok);
  return Number((microDollars / 1_000_000).toFixed(USD_DECIMALS));
}

/** Adds usages of several calls (a tool-use conversation makes more than one). */
export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    ...sumIfReported('cacheReadTokens', a.cacheReadTokens, b.cacheReadTokens),
    ...sumIfReported('cacheWriteTokens', a.cacheWriteTokens, b.cacheWriteTokens),
  };
}

function sumIfReported<K extends string>(key: K, a: number | undefined, b: number | undefined): Partial<Record<K, number>> {
  if (a === undefined && b === undefined) return {};
  return { [key]: (a ?? 0) + (b ?? 0) } as Partial<Record<K, number>>;
}
