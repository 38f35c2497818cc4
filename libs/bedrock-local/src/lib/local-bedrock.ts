import { createServer as createHttp1Server } from 'node:http';
import { createServer as createHttp2Server } from 'node:http2';
import { createServer as createTcpServer } from 'node:net';
import { BedrockServiceError, writeBedrockError } from './bedrock-error';
import { getRequests, postReset, postScript, type ControlContext } from './control';
import { converse } from './converse/converse';
import { createServerDelays } from './delays';
import { applyGuardrail } from './guardrail/apply-guardrail';
import { invokeModel } from './invoke-model';
import { listen } from './listening';
import type { ModelCallContext } from './model-call';
import type { InvokeModelHandler } from './models/model-handler';
import { titanEmbedTextV2Handler } from './models/titan-embed-text-v2.handler';
import type { LoggedRequest } from './request-log';
import { matchRoute, type Route } from './router';
import { LocalBedrockScript } from './script';
import type { WireRequest, WireResponse } from './wire';

/** Loopback only unless asked: the server checks no signature. */
export const DEFAULT_LOCAL_BEDROCK_HOST = '127.0.0.1';

export interface LocalBedrockOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
}

export interface LocalBedrock {
  /** Base URL to give the SDK as `endpoint`. */
  readonly url: string;
  readonly script: LocalBedrockScript;
  /** Every model call so far, oldest first (a live view). */
  readonly requests: readonly LoggedRequest[];
  /** Clears the script and the request log. */
  reset(): void;
  /** Stops listening and drops open connections, hung calls included. */
  close(): Promise<void>;
}

/** The client connection preface of HTTP/2 (RFC 9113 §3.4). */
const HTTP2_PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');

const INVOKE_HANDLERS: readonly InvokeModelHandler[] = [titanEmbedTextV2Handler];

/**
 * A local server speaking Bedrock Runtime's REST-JSON wire protocol, so the real AWS SDK can
 * be tested and demonstrated without AWS: `POST /model/{modelId}/invoke` for the embedding
 * models in {@link INVOKE_HANDLERS}, Converse and ConverseStream for any other model id (the
 * scripted chat engine), ApplyGuardrail for scripted guardrails, scriptable faults, and
 * `/__control/*` endpoints.
 */
export async function startLocalBedrock(options: LocalBedrockOptions = {}): Promise<LocalBedrock> {
  const script = new LocalBedrockScript();
  const log: LoggedRequest[] = [];
  const handlers = new Map(INVOKE_HANDLERS.flatMap((h) => h.modelIds.map((id) => [id, h] as const)));
  const delays = createServerDelays();
  const models: ModelCallContext = { script, log, handlers, delay: delays.delay };
  const control: ControlContext = { script, log, reset: () => { script.reset(); log.length = 0; } };
  const routes: Route[] = [
    { method: 'POST', path: /^\/model\/([^/]+)\/invoke$/, handle: (req, res, [modelId]) => invokeModel(models, req, res, modelId!) },
    { method: 'POST', path: /^\/model\/([^/]+)\/converse$/, handle: (req, res, [modelId]) => converse(models, req, res, modelId!, false) },
    { method: 'POST', path: /^\/model\/([^/]+)\/converse-stream$/, handle: (req, res, [modelId]) => converse(models, req, res, modelId!, true) },
    { method: 'POST', path: /^\/guardrail\/([^/]+)\/version\/([^/]+)\/apply$/, handle: (req, res, [id, version]) => applyGuardrail(models, req, res, id!, version!) },
    { method: 'POST', path: /^\/__control\/script$/, handle: (req, res) => postScript(control, req, res) },
    { method: 'GET', path: /^\/__control\/requests$/, handle: (_req, res) => getRequests(control, res) },
    { method: 'POST', path: /^\/__control\/reset$/, handle: (req, res) => postReset(control, req, res) },
  ];

  const onRequest = (req: WireRequest, res: WireResponse): void => {
    const matched = matchRoute(routes, req.method, req.url);
    if (matched === undefined) {
      req.resume();
      return writeBedrockError(res, new BedrockServiceError('UnknownOperationException', `No operation at ${req.method ?? ''} ${req.url ?? ''}.`));
    }
    Promise.resolve(matched.route.handle(req, res, matched.params)).catch((error: unknown) => {
      if (res.headersSent) {
        res.end();
        return;
      }
      writeBedrockError(res, new BedrockServiceError('InternalServerException', `local server error: ${error instanceof Error ? error.message : String(error)}`));
    });
  };
  // One port for both protocols: the SDK speaks HTTP/2 with prior knowledge (h2c) to an
  // http:// endpoint, curl and fetch speak HTTP/1.1. The first bytes tell them apart.
  const http1 = createHttp1Server(onRequest);
  const http2 = createHttp2Server((req, res) => onRequest(req, res as unknown as WireResponse));
  const server = createTcpServer((socket) => {
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      const isHttp2 = first.subarray(0, HTTP2_PREFACE.length).equals(HTTP2_PREFACE.subarray(0, first.length));
      if (isHttp2) {
        http2.emit('connection', socket);
      } else {
        http1.emit('connection', socket);
        // The HTTP/1.1 parser reads the unshifted bytes through 'data' events: the socket must flow.
        socket.resume();
      }
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
