import { createServer } from 'node:http';
import { getRequests, postReset, postScript, type ControlContext } from '../control';
import { createServerDelays } from '../delays';
import { listen } from '../listening';
import { DEFAULT_LOCAL_BEDROCK_HOST } from '../local-bedrock';
import type { LoggedRequest } from '../request-log';
import { matchRoute, type Route } from '../router';
import { LocalBedrockScript } from '../script';
import { chatCompletions, type ChatCompletionsContext } from './chat-completions';
import { OpenAiError, writeOpenAiError } from './openai-error';

export interface LocalOpenAiOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Loopback by default: the server checks keys only when given one. */
  readonly host?: string;
  /** Require `Authorization: Bearer <apiKey>` on chat calls; none by default. */
  readonly apiKey?: string;
  /** Share a script with another server (a Bedrock one, say); a fresh one by default. */
  readonly script?: LocalBedrockScript;
}

export interface LocalOpenAi {
  /** Base URL; OpenAI clients take `${url}/v1` as their base URL. */
  readonly url: string;
  readonly script: LocalBedrockScript;
  /** Every chat call so far, oldest first (a live view), logged as operation 'ChatCompletions'. */
  readonly requests: readonly LoggedRequest[];
  /** Clears the script and the request log. */
  reset(): void;
  /** Stops listening and drops open connections, streams and hung calls included. */
  close(): Promise<void>;
}

/**
 * A local OpenAI-compatible chat-completions server (HTTP/1.1) answering with the same
 * scripted chat engine as the local Bedrock's Converse, for code that talks to OpenAI-style
 * endpoints (vLLM, Ollama, OpenAI itself). `/__control/*` scripts it as it does Bedrock.
 */
export async function startLocalOpenAi(options: LocalOpenAiOptions = {}): Promise<LocalOpenAi> {
  const script = options.script ?? new LocalBedrockScript();
  const log: LoggedRequest[] = [];
  const delays = createServerDelays();
  const chat: ChatCompletionsContext = { script, log, apiKey: options.apiKey, delay: delays.delay };
  const control: ControlContext = { script, log, reset: () => { script.reset(); log.length = 0; } };
  const routes: Route[] = [
    { method: 'POST', path: /^\/v1\/chat\/completions$/, handle: (req, res) => chatCompletions(chat, req, res) },
    { method: 'POST', path: /^\/__control\/script$/, handle: (req, res) => postScript(control, req, res) },
    { method: 'GET', path: /^\/__control\/requests$/, handle: (_req, res) => getRequests(control, res) },
    { method: 'POST', path: /^\/__control\/reset$/, handle: (req, res) => postReset(control, req, res) },
  ];

  const server = createServer((req, res) => {
    const matched = matchRoute(routes, req.method, req.url);
    if (matched === undefined) {
      req.resume();
      return writeOpenAiError(res, new OpenAiError(404, 'invalid_request_error', 'unknown_url', `Unknown request URL: ${req.method ?? ''} ${req.url ?? ''}.`));
    }
    Promise.resolve(matched.route.handle(req, res, matched.params)).catch((error: unknown) => {
      if (res.headersSent) {
        res.end();
        return;
      }
      writeOpenAiError(res, new OpenAiError(500, 'server_error', null, `local server error: ${error instanceof Error ? error.message : String(error)}`));
    });
  });
  const listening = await listen(server, options.port ?? 0, options.host ?? DEFAULT_LOCAL_BEDROCK_HOST, delays);

  return {
    url: listening.url,
    script,
    requests: log,
    reset: control.reset,
    close: listening.close,
  };
}
