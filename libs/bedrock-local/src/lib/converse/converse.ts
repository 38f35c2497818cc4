import { BedrockServiceError, writeJson } from '../bedrock-error';
import { decideChatTurn } from '../chat/chat-turn';
import { STREAM_FAULT_MESSAGES } from '../chat/stream-fault';
import type { Conversation } from '../chat/conversation';
import { generationTimeMs } from '../chat/turn-player';
import { receiveModelCall, type ModelCallContext } from '../model-call';
import { faultError } from '../script';
import { breakOff, type WireRequest, type WireResponse } from '../wire';
import { parseConverseRequest } from './converse-request';
import { CONVERSE_FAULTS, converseBody } from './converse-response';
import { streamConverse } from './converse-stream';

function parseConversation(body: unknown): Conversation | BedrockServiceError {
  try {
    return parseConverseRequest(body);
  } catch (error) {
    if (error instanceof BedrockServiceError) return error;
    throw error;
  }
}

/**
 * `POST /model/{modelId}/converse` and `/converse-stream`. Any model id is a chat model except
 * the embedding models, which Bedrock refuses for Converse. Scripted faults answer as HTTP
 * errors before any content; a reply is played by the chat engine.
 */
export async function converse(ctx: ModelCallContext, req: WireRequest, res: WireResponse, modelId: string, streaming: boolean): Promise<void> {
  const startedAt = Date.now();
  const call = await receiveModelCall(ctx, req, res, streaming ? 'ConverseStream' : 'Converse', modelId);
  if (call === undefined) return;
  const { body, entry, fail } = call;
  if (ctx.handlers.has(modelId)) return fail(new BedrockServiceError('ValidationException', "This action doesn't support the model that you provided. Try again with a supported text or chat model."));
  if (!body.ok) return fail(new BedrockServiceError('ValidationException', 'Malformed input request: the body is not valid JSON, please reformat your input and try again.'));
  const conversation = parseConversation(body.value);
  if (conversation instanceof BedrockServiceError) return fail(conversation);

  const decision = decideChatTurn(ctx.script, modelId, conversation);
  // A hung call is never answered: the client's timeout or the server's close ends it.
  if (decision.kind === 'hang') return;
  if (decision.delayMs > 0 && !(await ctx.delay(decision.delayMs))) return;
  if (decision.kind === 'fault') return fail(faultError(decision.fault));
  const { plan } = decision;
  if (streaming) {
    entry.status = 200;
    return streamConverse(res, plan, startedAt, ctx.delay);
  }
  // Without a stream the caller waits for the whole generation, and a turn that breaks
  // mid-generation fails the call.
  const generation = generationTimeMs(plan);
  if (generation > 0 && !(await ctx.delay(generation))) return;
  if (plan.cutAfterChunks !== undefined) return breakOff(res);
  if (plan.faultAfterChunks !== undefined) {
    const fault = plan.faultAfterChunks.fault;
    return fail(new BedrockServiceError(CONVERSE_FAULTS[fault].error, STREAM_FAULT_MESSAGES[fault]));
  }
  entry.status = 200;
  writeJson(res, 200, converseBody(plan, Date.now() - startedAt));
}
