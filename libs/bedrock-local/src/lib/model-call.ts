import type { WireRequest, WireResponse } from './wire';
import { BedrockServiceError, writeBedrockError } from './bedrock-error';
import type { InvokeModelHandler } from './models/model-handler';
import { parseJson, readBody } from './read-body';
import type { LoggedRequest, ModelOperation } from './request-log';
import type { LocalBedrockScript } from './script';

/** What every model-call operation shares: the script, the log, and the server's lifetime. */
export interface ModelCallContext {
  readonly script: LocalBedrockScript;
  readonly log: LoggedRequest[];
  /** The InvokeModel handlers by model id (the embedding models). */
  readonly handlers: ReadonlyMap<string, InvokeModelHandler>;
  /** Resolves after `ms`, or at once with false when the server is closing. */
  delay(ms: number): Promise<boolean>;
}

/** A model call as received: its parsed body, log entry and a way to fail it. */
export interface ReceivedCall {
  readonly body: { readonly ok: true; readonly value: unknown } | { readonly ok: false };
  readonly entry: LoggedRequest;
  /** Answers with a Bedrock error and records its status in the log. */
  fail(error: BedrockServiceError): void;
}

/** SigV4 is required but not verified: any signed request is let in, as a local stand-in should. */
export function isSigned(req: WireRequest): boolean {
  return (req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256');
}

/**
 * The first steps of every model operation: read and log the body, then refuse an unsigned
 * request (undefined is returned once that answer is sent).
 */
export async function receiveModelCall(ctx: ModelCallContext, req: WireRequest, res: WireResponse, operation: ModelOperation, modelId: string): Promise<ReceivedCall | undefined> {
  const raw = await readBody(req);
  const body = parseJson(raw);
  const entry: LoggedRequest = { operation, modelId, body: body.ok ? body.value : raw, receivedAt: new Date().toISOString(), status: undefined };
  ctx.log.push(entry);
  const fail = (error: BedrockServiceError): void => {
    entry.status = error.status;
    writeBedrockError(res, error);
  };
  if (!isSigned(req)) {
    fail(new BedrockServiceError('AccessDeniedException', 'Missing or unsigned Authorization header: requests must be signed with AWS Signature Version 4.'));
    return undefined;
  }
  return { body, entry, fail };
}
