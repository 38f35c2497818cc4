import { BadRequestException, Controller, Get, Param, Query, Req, UseGuards } from '@nestjs/common';
import { AccessTokenGuard, RequireRoles, ServiceRuntime, type AuthenticatedRequest } from '@sagewire/service-kit';
import { z } from 'zod';
import { spendByModel, type ModelSpend } from '../../infrastructure/postgres/model-calls.repository';

/** What a cost query answers: totals and the split by model. */
export interface CostReport {
  readonly calls: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly costUsd: number;
  readonly models: readonly ModelSpend[];
}

const daySchema = z.object({ day: z.iso.date().optional() });
const conversationSchema = z.object({ conversationId: z.string().min(1).max(200) });

/**
 * Model spend of the caller's own tenant (the token's tenant, never a parameter), from the
 * cost ledger: for billing (admins) and review (auditors). Customers and agents get 403.
 */
@Controller('v1/costs')
@UseGuards(AccessTokenGuard)
@RequireRoles('admin', 'auditor')
export class CostsController {
  constructor(private readonly runtime: ServiceRuntime) {}

  /** `GET /v1/costs?day=YYYY-MM-DD`: one UTC day, today by default. */
  @Get()
  async day(@Query() query: unknown, @Req() request: AuthenticatedRequest): Promise<CostReport & { day: string }> {
    const day = parse(daySchema, query).day ?? new Date().toISOString().slice(0, 10);
    return { day, ...report(await spendByModel(this.runtime.dataSource, request.principal!.tenantId, { day })) };
  }

  /** `GET /v1/costs/conversations/:conversationId`: everything one conversation's answers cost. */
  @Get('conversations/:conversationId')
  async conversation(@Param() params: unknown, @Req() request: AuthenticatedRequest): Promise<CostReport & { conversationId: string }> {
    const { conversationId } = parse(conversationSchema, params);
    return { conversationId, ...report(await spendByModel(this.runtime.dataSource, request.principal!.tenantId, { conversationId })) };
  }
}

function report(models: readonly ModelSpend[]): CostReport {
  const sum = (pick: (m: ModelSpend) => number) => models.reduce((total, m) => total + pick(m), 0);
  return {
    calls: sum((m) => m.calls),
    inputTokens: sum((m) => m.inputTokens),
    outputTokens: sum((m) => m.outputTokens),
    costUsd: Number(sum((m) => m.costUsd).toFixed(10)),
    models,
  };
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new BadRequestException(`invalid parameters: ${result.error.issues.map((i) => `${i.path.join('.') || '(query)'}: ${i.message}`).join('; ')}`);
}
