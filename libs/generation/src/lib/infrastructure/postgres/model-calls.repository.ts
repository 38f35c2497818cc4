import type { DataSource, EntityManager } from 'typeorm';

/** One answered model call as the ledger keeps it. */
export interface ModelCallRecord {
  readonly tenantId: string;
  readonly queryId: string;
  readonly conversationId: string;
  readonly model: string;
  readonly attempt: number;
  readonly provider: string;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheReadTokens: number;
  readonly cacheWriteTokens: number;
  readonly costUsd: number;
  readonly cached: boolean;
  readonly at: Date;
}

/** Spend and tokens summed over some calls. */
export interface SpendTotals {
  readonly calls: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly costUsd: number;
}

/** Written in the same transaction as `ModelInvoked`, so a redelivery adds nothing twice. */
export async function recordModelCall(manager: EntityManager, call: ModelCallRecord): Promise<void> {
  await manager.query(
    `INSERT INTO generation.model_calls (tenant_id, query_id, conversation_id, model, attempt, provider, input_tokens, output_tokens,
       cache_read_tokens, cache_write_tokens, cost_usd, cached, usage_day, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (tenant_id, query_id, model, attempt) DO NOTHING`,
    [call.tenantId, call.queryId, call.conversationId, call.model, call.attempt, call.provider, call.inputTokens, call.outputTokens,
      call.cacheReadTokens, call.cacheWriteTokens, call.costUsd, call.cached, call.at.toISOString().slice(0, 10), call.at.toISOString()],
  );
}

interface TotalsRow {
  calls: string | number;
  input_tokens: string | number | null;
  output_tokens: string | number | null;
  cost_usd: string | number | null;
}

const TOTALS = `SELECT count(*) AS calls, sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens, sum(cost_usd) AS cost_usd FROM generation.model_calls`;

function totals(rows: TotalsRow[]): SpendTotals {
  const row = rows[0];
  return {
    calls: Number(row?.calls ?? 0),
    inputTokens: Number(row?.input_tokens ?? 0),
    outputTokens: Number(row?.output_tokens ?? 0),
    // numeric comes back as a string; ten decimals are plenty for a double.
    costUsd: Number(row?.cost_usd ?? 0),
  };
}

/** A tenant's spend on one UTC day (`YYYY-MM-DD`). */
export async function tenantSpendOn(dataSource: DataSource, tenantId: string, day: string): Promise<SpendTotals> {
  return totals(await dataSource.query<TotalsRow[]>(`${TOTALS} WHERE tenant_id = $1 AND usage_day = $2`, [tenantId, day]));
}

/** Everything a conversation's answers cost its tenant. */
export async function conversationSpend(dataSource: DataSource, tenantId: string, conversationId: string): Promise<SpendTotals> {
  return totals(await dataSource.query<TotalsRow[]>(`${TOTALS} WHERE tenant_id = $1 AND conversation_id = $2`, [tenantId, conversationId]));
}

/** Spend of one model within a filter. */
export interface ModelSpend extends SpendTotals {
  readonly model: string;
  readonly cacheReadTokens: number;
  readonly cacheWriteTokens: number;
}

interface ModelRow extends TotalsRow {
  model: string;
  cache_read_tokens: string | number | null;
  cache_write_tokens: string | number | null;
}

/** A tenant's spend by model, for one UTC day or one conversation (never across tenants). */
export async function spendByModel(dataSource: DataSource, tenantId: string, filter: { readonly day: string } | { readonly conversationId: string }): Promise<ModelSpend[]> {
  const [column, value] = 'day' in filter ? ['usage_day', filter.day] : ['conversation_id', filter.conversationId];
  const rows = await dataSource.query<ModelRow[]>(
    `SELECT model, count(*) AS calls, sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens,
       sum(cache_read_tokens) AS cache_read_tokens, sum(cache_write_tokens) AS cache_write_tokens, sum(cost_usd) AS cost_usd
     FROM generation.model_calls WHERE tenant_id = $1 AND ${column} = $2 GROUP BY model ORDER BY model`,
    [tenantId, value],
  );
  return rows.map((row) => ({
    model: row.model,
    ...totals([row]),
    cacheReadTokens: Number(row.cache_read_tokens ?? 0),
    cacheWriteTokens: Number(row.cache_write_tokens ?? 0),
  }));
}
