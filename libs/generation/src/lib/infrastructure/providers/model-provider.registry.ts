import { setTimeout as sleep } from 'node:timers/promises';
import type { ModelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { LlmAnswerer, type BudgetGuard } from '../../application/answer/llm-answerer';
import { LocalOrderAnswerer } from '../../application/answer/local-order-answerer';
import type { ModelResilience } from '../../application/answer/model-resilience';
import type { ToolBox } from '../../application/answer/tool-box';
import type { TenantPolicies } from '../../application/policy/tenant-policies';
import type { ChatModel } from '../../domain/chat/chat-model.port';
import { generationError, GENERATION_ERROR } from '../../domain/chat/generation-errors';
import { LocalExtractiveAnswerer } from '../../domain/local-extractive/local-extractive-answerer';
import type { ModelProvider } from '../../domain/model-provider.port';
import type { GenerationConfig } from '../../generation.config';
import { BedrockChatModel } from './bedrock/bedrock-chat-model.adapter';
import { createBedrockRuntimeClient } from './bedrock/bedrock-runtime-client';
import { OpenAiCompatibleChatModel } from './openai/openai-compatible-chat-model.adapter';

/** A provider able to run a model id, and its name in the contracts (`ModelInvoked.provider`). */
export interface ResolvedProvider {
  readonly name: ModelInvokedV1['provider'];
  readonly provider: ModelProvider;
}

/** What the chat-model answerers share. */
export interface AnswererParts {
  readonly resilience: ModelResilience;
  readonly tools: ToolBox;
  readonly policies: TenantPolicies;
  readonly budget: BudgetGuard;
}

/** Model ids served by the local answerer: `local-extractive`, and any id starting with `local`. */
const LOCAL_MODEL_PREFIX = 'local';
/** Models of an OpenAI-compatible server are named `openai/<the server's model name>`. */
export const OPENAI_MODEL_PREFIX = 'openai/';
/**
 * Bedrock model ids (`anthropic.claude-3-haiku-20240307-v1:0`), cross-region inference
 * profiles (`us.anthropic…`) and ARNs (provisioned throughput, application profiles). The
 * vendor list keeps a typo from reaching AWS as a call that can only fail.
 */
const BEDROCK_MODEL_ID = /^(?:arn:aws[\w-]*:bedrock:|(?:(?:us|eu|apac|us-gov|global)\.)?(?:amazon|anthropic|ai21|cohere|meta|mistral|deepseek|writer|qwen|openai|twelvelabs|stability|luma)\.[\w.:-]+$)/;

/**
 * Picks the back-end for a model id by its form: `local…` → the extractive answerer,
 * `openai/<name>` → the OpenAI-compatible server, Bedrock ids and profiles → Bedrock. Chat clients are
 * made on first use, so the embedded default never builds an AWS client.
 */
export class ModelProviderRegistry {
  private readonly local: ModelProvider;
  private bedrock: ModelProvider | undefined;
  private openAi: ModelProvider | undefined;

  constructor(
    private readonly config: GenerationConfig,
    private readonly parts: AnswererParts,
  ) {
    const chunkDelayMs = config.GENERATION_LOCAL_CHUNK_DELAY_MS;
    const extractive = new LocalExtractiveAnswerer({
      chunkDelayMs,
      wordsPerChunk: config.GENERATION_WORDS_PER_CHUNK,
      // Only a real pause when one is configured: a zero-delay timer still costs a macrotask per chunk.
      ...(chunkDelayMs > 0 ? { delay: (ms: number) => sleep(ms) } : {}),
    });
    this.local = new LocalOrderAnswerer(extractive, parts.tools, config.GENERATION_WORDS_PER_CHUNK);
  }

  /** Undefined for an id no back-end serves: the caller reports a non-retriable failure. */
  resolve(model: string): ResolvedProvider | undefined {
    if (model.startsWith(LOCAL_MODEL_PREFIX)) return { name: 'local', provider: this.local };
    if (model.startsWith(OPENAI_MODEL_PREFIX) && model.length > OPENAI_MODEL_PREFIX.length) return { name: 'openai_compatible', provider: (this.openAi ??= this.openAiAnswerer()) };
    if (BEDROCK_MODEL_ID.test(model)) return { name: 'bedrock', provider: (this.bedrock ??= this.answerer(this.bedrockChat())) };
    return undefined;
  }

  private bedrockChat(): ChatModel {
    const c = this.config;
    const client = createBedrockRuntimeClient({ region: c.BEDROCK_REGION, requestTimeoutMs: c.GENERATION_IDLE_TIMEOUT_MS, ...(c.BEDROCK_ENDPOINT ? { endpoint: c.BEDROCK_ENDPOINT } : {}) });
    return new BedrockChatModel({ client });
  }

  private openAiAnswerer(): ModelProvider {
    const { GENERATION_OPENAI_BASE_URL: baseUrl, GENERATION_OPENAI_API_KEY: apiKey } = this.config;
    if (baseUrl === undefined) {
      const error = generationError(GENERATION_ERROR.MISCONFIGURED, 'an openai/ model was asked for but GENERATION_OPENAI_BASE_URL is not set');
      return { generate: () => Promise.reject(error) };
    }
    const chat = new OpenAiCompatibleChatModel({ baseUrl, ...(apiKey ? { apiKey } : {}) });
    return this.answerer(chat, (model) => model.slice(OPENAI_MODEL_PREFIX.length));
  }

  private answerer(chat: ChatModel, providerModelId?: (model: string) => string): ModelProvider {
    const { resilience, tools, policies, budget } = this.parts;
    return new LlmAnswerer({
      chat, resilience, tools, budget,
      policyOf: (tenantId) => policies.of(tenantId),
      maxToolRounds: this.config.GENERATION_MAX_TOOL_ROUNDS,
      ...(providerModelId ? { providerModelId } : {}),
    });
  }
}
