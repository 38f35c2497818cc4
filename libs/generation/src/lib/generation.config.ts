import { jsonSetting, parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';

/** No pause between chunks by default: the embedded mode answers as fast as it can. */
export const DEFAULT_LOCAL_CHUNK_DELAY_MS = 0;
/** Small chunks, so a streaming client sees text appear word by word. */
export const DEFAULT_WORDS_PER_CHUNK = 3;
/** The embedded default answers every question with the local extractive answerer. */
export const DEFAULT_LOCAL_MODEL = 'local-extractive';

const ms = (max: number) => z.coerce.number().int().min(1).max(max);
const csv = z.string().transform((s) => s.split(',').map((m) => m.trim()).filter(Boolean));

const priceSchema = z.object({
  inputPerMTok: z.number().nonnegative(),
  outputPerMTok: z.number().nonnegative(),
  cacheReadPerMTok: z.number().nonnegative().optional(),
  cacheWritePerMTok: z.number().nonnegative().optional(),
}).strict();

const promptSchema = z.object({
  companyName: z.string().min(1).max(200),
  assistantName: z.string().min(1).max(100),
  tone: z.string().min(1).max(500),
  maxAnswerWords: z.number().int().min(20).max(2_000),
  instructions: z.string().max(8_000),
}).partial().strict();

const policyOverrideSchema = z.object({
  models: z.object({ simple: z.string().min(1), complex: z.string().min(1), fallbacks: z.array(z.string().min(1)), classifier: z.string().min(1) }).partial().strict(),
  dailyBudgetUsd: z.number().positive(),
  prompt: promptSchema,
  temperature: z.number().min(0).max(1),
}).partial().strict();

/** `{"default": {...}, "tenants": {"<tenant id>": {...}}}`: every field optional, merged over the defaults. */
const tenantPoliciesSchema = z.object({
  default: policyOverrideSchema.optional(),
  tenants: z.record(z.string().min(1), policyOverrideSchema).optional(),
}).strict();

export type PolicyOverride = z.infer<typeof policyOverrideSchema>;
export type TenantPoliciesConfig = z.infer<typeof tenantPoliciesSchema>;

const generationConfigSchema = z.object({
  /** Pause between streamed chunks of the local answerer (tests slow it to kill a process mid-answer). */
  GENERATION_LOCAL_CHUNK_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(DEFAULT_LOCAL_CHUNK_DELAY_MS),
  GENERATION_WORDS_PER_CHUNK: z.coerce.number().int().min(1).max(1_000).default(DEFAULT_WORDS_PER_CHUNK),

  /** The default policy's models; per-tenant overrides go in GENERATION_TENANT_POLICIES. */
  GENERATION_MODEL_SIMPLE: z.string().min(1).default(DEFAULT_LOCAL_MODEL),
  GENERATION_MODEL_COMPLEX: z.string().min(1).default(DEFAULT_LOCAL_MODEL),
  GENERATION_MODEL_FALLBACKS: csv.optional(),
  /** A cheap model (e.g. Claude Haiku) that classifies questions the rules let through; rules only when unset. */
  GENERATION_CLASSIFIER_MODEL: z.string().min(1).optional(),
  GENERATION_DAILY_BUDGET_USD: z.coerce.number().positive().optional(),
  GENERATION_TENANT_POLICIES: jsonSetting(tenantPoliciesSchema).optional(),
  /** Price overrides, USD per million tokens by model-id prefix: `{"my-model": {"inputPerMTok": 1, "outputPerMTok": 2}}`. */
  GENERATION_PRICES: jsonSetting(z.record(z.string().min(1), priceSchema)).optional(),

  /** Bedrock Runtime (Converse/ConverseStream); credentials come from the AWS default chain. */
  BEDROCK_REGION: z.string().min(1).default('us-east-1'),
  BEDROCK_ENDPOINT: z.url().optional(),
  /** Any OpenAI-compatible server (vLLM, Ollama, llama.cpp); models named `openai/<name>` go there. */
  GENERATION_OPENAI_BASE_URL: z.url().optional(),
  GENERATION_OPENAI_API_KEY: z.string().min(1).optional(),

  /** Calls of one model per step, first included (SPEC GN-12). */
  GENERATION_RETRY_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
  GENERATION_RETRY_INITIAL_DELAY_MS: ms(60_000).default(1_000),
  GENERATION_RETRY_MAX_DELAY_MS: ms(120_000).default(8_000),
  GENERATION_MODEL_NOT_READY_WAIT_MS: ms(120_000).default(5_000),
  GENERATION_BREAKER_FAILURES: z.coerce.number().int().min(1).max(1_000).default(5),
  GENERATION_BREAKER_HALF_OPEN_AFTER_MS: ms(3_600_000).default(60_000),
  GENERATION_CONNECT_TIMEOUT_MS: ms(120_000).default(5_000),
  GENERATION_FIRST_TOKEN_TIMEOUT_MS: ms(600_000).default(15_000),
  GENERATION_IDLE_TIMEOUT_MS: ms(600_000).default(15_000),
  GENERATION_CALL_TIMEOUT_MS: ms(600_000).default(45_000),
  GENERATION_MAX_TOOL_ROUNDS: z.coerce.number().int().min(0).max(15).default(3),

  /** SPEC GN-21: repeated questions answered from memory for an hour; 0 turns the cache off. */
  GENERATION_RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
  GENERATION_RESPONSE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(10_000),

  /** The company's Order API for the order-status tool (docs/order-api.md); without it the demo store answers. */
  GENERATION_ORDER_API_URL: z.url().optional(),
  GENERATION_ORDER_API_AUTH_HEADER: z.string().min(1).default('authorization'),
  GENERATION_ORDER_API_AUTH_VALUE: z.string().min(1).optional(),
  GENERATION_ORDER_API_TIMEOUT_MS: ms(60_000).default(5_000),
  /** Off turns the order tool off entirely (no demo store either). */
  GENERATION_ORDER_TOOL: z.enum(['on', 'off']).default('on'),
});

export type GenerationConfig = z.infer<typeof generationConfigSchema>;

/** Validated once at the composition root; a bad value stops the process naming the variable. */
export function generationConfigFrom(env: Readonly<Record<string, string | undefined>>): GenerationConfig {
  return parseConfig(generationConfigSchema, env);
}
