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
 * Picks the back-end for a model id by its form: `local…` → the extractive answerer (with
 * order lookups), `openai/<name>` → the OpenAI-compatible server, Bedrock ids and profiles →
 * Bedrock. Chat models share the resilience policies, so a model has one breaker everywhere.
 */
export class ModelProviderRegistry {
  private readonly local: ModelProvider;
  private readonly answerers = new Map<'bedrock' | 'openai_compatible', ModelProvider>();
  private readonly chats = new Map<'bedrock' | 'openai_compatible', ChatModel>();

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
    const kind = this.kindOf(model);
    if (kind === undefined) return undefined;
    if (kind === 'local') return { name: 'local', provider: this.local };
    let provider = this.answerers.get(kind);
    if (provider === undefined) {
      const { resilience, tools, policies, budget } = this.parts;
      provider = new LlmAnswerer({
        chat: this.chat(kind), resilience, tools, budget,
        policyOf: (tenantId) => policies.of(tenantId),
        maxToolRounds: this.config.GENERATION_MAX_TOOL_ROUNDS,
        providerModelId,
      });
      this.answerers.set(kind, provider);
    }
    return { name: kind, provider };
  }

  /** The raw chat model behind a remote model id (for the classifier), and the id the provider knows. */
  chatFor(model: string): { readonly chat: ChatModel; readonly providerModelId: string } | undefined {
    const kind = this.kindOf(model);
    return kind === undefined || kind === 'local' ? undefined : { chat: this.chat(kind), providerModelId: providerModelId(model) };
  }

  private kindOf(model: string): ModelInvokedV1['provider'] | undefined {
    if (model.startsWith(LOCAL_MODEL_PREFIX)) return 'local';
    if (model.startsWith(OPENAI_MODEL_PREFIX) && model.length > OPENAI_MODEL_PREFIX.length) return 'openai_compatible';
    return BEDROCK_MODEL_ID.test(model) ? 'bedrock' : undefined;
  }

  /** Clients are made on first use, so the embedded default never builds an AWS client. */
  private chat(kind: 'bedrock' | 'openai_compatible'): ChatModel {
    let chat = this.chats.get(kind);
    if (chat === undefined) {
      chat = kind === 'bedrock' ? this.bedrockChat() : this.openAiChat();
      this.chats.set(kind, chat);
    }
    return chat;
  }

  private bedrockChat(): ChatModel {
    const c = this.config;
    const client = createBedrockRuntimeClient({ region: c.BEDROCK_REGION, requestTimeoutMs: c.GENERATION_IDLE_TIMEOUT_MS, ...(c.BEDROCK_ENDPOINT ? { endpoint: c.BEDROCK_ENDPOINT } : {}) });
    return new BedrockChatModel({ client });
  }

  private openAiChat(): ChatModel {
    const { GENERATION_OPENAI_BASE_URL: baseUrl, GENERATION_OPENAI_API_KEY: apiKey } = this.config;
    if (baseUrl === undefined) {
      const error = generationError(GENERATION_ERROR.MISCONFIGURED, 'an openai/ model was asked for but GENERATION_OPENAI_BASE_URL is not set');
      return { converse: () => Promise.reject(error) };
    }
    return new OpenAiCompatibleChatModel({ baseUrl, ...(apiKey ? { apiKey } : {}) });
  }
}

/** The provider's own name for a model id: `openai/llama3` → `llama3`; Bedrock ids unchanged. */
function providerModelId(model: string): string {
  return model.startsWith(OPENAI_MODEL_PREFIX) ? model.slice(OPENAI_MODEL_PREFIX.length) : model;
}
