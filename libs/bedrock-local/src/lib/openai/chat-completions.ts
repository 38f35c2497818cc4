import { decideChatTurn } from '../chat/chat-turn';
import { generationTimeMs } from '../chat/turn-player';
import type { LocalBedrockScript } from '../script';
import { parseJson, readBody } from '../read-body';
import type { LoggedRequest } from '../request-log';
import { breakOff, type WireRequest, type WireResponse } from '../wire';
import { OpenAiError, invalidRequest, openAiFaultError, openAiStreamFaultError, writeOpenAiError } from './openai-error';
import { parseChatCompletionsRequest, type ChatCompletionsRequest } from './openai-request';
import { completionBody, completionIdentity } from './openai-response';
import { streamCompletion } from './openai-stream';

export interface ChatCompletionsContext {
  readonly script: LocalBedrockScript;
  readonly log: LoggedRequest[];
  /** When set, requests must carry `Authorization: Bearer <apiKey>`. */
  readonly apiKey: string | undefined;
  delay(ms: number): Promise<boolean>;
}

function parseRequest(body: unknown): ChatCompletionsRequest | OpenAiError {
  try {
    return parseChatCompletionsRequest(body);
  } catch (error) {
    if (error instanceof OpenAiError) return error;
    throw error;
  }
}

/**
 * `POST /v1/chat/completions`: the same script and chat engine as Bedrock's Converse, in
 * OpenAI's shapes. Scripted faults answer as HTTP errors before any content.
 */
export async function chatCompletions(ctx: ChatCompletionsContext, req: WireRequest, res: WireResponse): Promise<void> {
  const raw = await readBody(req);
  const body = parseJson(raw);
  const model = body.ok && typeof (body.value as { model?: unknown } | null)?.model === 'string' ? (body.value as { model: string }).model : '';
  const entry: LoggedRequest = { operation: 'ChatCompletions', modelId: model, body: body.ok ? body.value : raw, receivedAt: new Date().toISOString(), status: undefined };
  ctx.log.push(entry);
  const fail = (error: OpenAiError): void => {
    entry.status = error.status;
    writeOpenAiError(res, error);
  };
  if (ctx.apiKey !== undefined && req.headers.authorization !== `Bearer ${ctx.apiKey}`) {
    return fail(new OpenAiError(401, 'invalid_request_error', 'invalid_api_key', 'Incorrect API key provided. You can find your API key in your account settings.'));
  }
  if (!body.ok) return fail(invalidRequest('We could not parse the JSON body of your request. The OpenAI API expects a JSON payload.'));
  const request = parseRequest(body.value);
  if (request instanceof OpenAiError) return fail(request);

  const decision = decideChatTurn(ctx.script, request.model, request.conversation);
  if (decision.kind === 'hang') return;
  if (decision.delayMs > 0 && !(await ctx.delay(decision.delayMs))) return;
  if (decision.kind === 'fault') return fail(openAiFaultError(decision.fault));
  const { plan } = decision;
  const identity = completionIdentity(request.model);
  if (request.stream) {
    entry.status = 200;
    return streamCompletion(res, plan, { identity, includeUsage: request.includeUsage }, ctx.delay);
  }
  // Without a stream the caller waits for the whole generation; a turn that breaks mid-generation fails the call.
  const generation = generationTimeMs(plan);
  if (generation > 0 && !(await ctx.delay(generation))) return;
  if (plan.cutAfterChunks !== undefined) return breakOff(res);
  if (plan.faultAfterChunks !== undefined) return fail(openAiStreamFaultError(plan.faultAfterChunks.fault));
  entry.status = 200;
  const payload = JSON.stringify(completionBody(identity, plan));
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}
