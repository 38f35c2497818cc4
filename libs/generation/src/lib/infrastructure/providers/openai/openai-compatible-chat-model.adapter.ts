import type { ChatCall, ChatModel, ChatReply, TextSink } from '../../../domain/chat/chat-model.port';
import { ChatCompletionExchange, type ChatCompletionTarget } from './chat-completion-exchange';

export interface OpenAiCompatibleChatModelOptions {
  /**
   * The server root (`https://api.openai.com`, `http://localhost:8000`); a trailing `/v1`
   * is accepted too, since that is how most servers print their base URL. Requests go to
   * `{root}/v1/chat/completions`.
   */
  readonly baseUrl: string;
  /** Sent as `Authorization: Bearer`; never appears in an error. */
  readonly apiKey?: string;
  /** Sent as `OpenAI-Organization`. */
  readonly organization?: string;
  /** Longest silence: before the response headers, or between two chunks. None by default: the caller's signal bounds the call. */
  readonly requestTimeoutMs?: number;
  /** Gateway headers; values of ones named like credentials (`*key*`, `*token*`, `*auth*`, `*secret*`) are scrubbed from errors too. */
  readonly extraHeaders?: Readonly<Record<string, string>>;
}

/** The request URL from a base URL with or without `/v1`, and its user:password-free form for messages. */
function endpointUrls(baseUrl: string): { url: string; shown: string } {
  const url = `${baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '')}/v1/chat/completions`;
  const shown = new URL(url);
  shown.username = '';
  shown.password = '';
  return { url, shown: shown.toString() };
}

/**
 * The chat port over any server speaking OpenAI's chat completions (OpenAI, vLLM, Ollama,
 * llama.cpp, LiteLLM, gateways), with plain `fetch`: a server-sent-events stream by
 * default, one JSON completion when the call asks for no stream. Failures become
 * `GENERATION.*` AppErrors (openai-chat-errors); an abort rejects with the signal's own
 * reason, untouched, because the caller aborts with its own timeout errors.
 */
export class OpenAiCompatibleChatModel implements ChatModel {
  private readonly target: ChatCompletionTarget;

  constructor(options: OpenAiCompatibleChatModelOptions) {
    const { url, shown } = endpointUrls(options.baseUrl);
    const { apiKey, organization, extraHeaders = {} } = options;
    const headerSecrets = Object.entries(extraHeaders).filter(([name]) => /key|token|auth|secret/i.test(name)).map(([, value]) => value);
    this.target = {
      url,
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream, application/json',
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        ...(organization ? { 'openai-organization': organization } : {}),
        ...extraHeaders,
      },
      requestTimeoutMs: options.requestTimeoutMs,
      context: { url: shown, secrets: [...(apiKey ? [apiKey] : []), ...headerSecrets] },
    };
  }

  converse(call: ChatCall, onText: TextSink, signal: AbortSignal): Promise<ChatReply> {
    if (signal.aborted) return Promise.reject(signal.reason as unknown);
    return new ChatCompletionExchange(this.target, call, onText, signal).run();
  }
}
