import { BedrockServiceError } from './bedrock-error';
import { checkScriptedReply, type ScriptedReply, type StreamTiming } from './chat/scripted-reply';
import {
  DEFAULT_LOCAL_GUARDRAIL_CONFIG, DEFAULT_LOCAL_GUARDRAIL_ID, GUARDRAIL_ID_PATTERN, guardrailPolicyOf,
  type GuardrailPolicy, type LocalGuardrailConfig,
} from './guardrail/guardrail-config';

/** Faults a scripted call can answer with; `hang` never answers at all. */
export const FAULT_KINDS = ['throttle', 'unavailable', 'notReady', 'accessDenied', 'validation', 'internal', 'hang'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * One scripted call: a fault, an answer delayed by `delayMs`, or (chat operations only) a
 * scripted assistant turn. An embedding or guardrail call that meets a reply step answers as usual.
 */
export type ScriptedStep = FaultKind | { readonly delayMs: number } | { readonly reply: ScriptedReply };

/** What the server does with one model call. */
export interface CallPlan {
  readonly delayMs: number;
  readonly fault?: FaultKind;
  readonly reply?: ScriptedReply;
}

/** The error each fault answers with, worded as Bedrock words it. */
export function faultError(fault: Exclude<FaultKind, 'hang'>): BedrockServiceError {
  switch (fault) {
    case 'throttle': return new BedrockServiceError('ThrottlingException', 'Too many requests, please wait before trying again.');
    case 'unavailable': return new BedrockServiceError('ServiceUnavailableException', 'Bedrock is unable to process your request.');
    case 'notReady': return new BedrockServiceError('ModelNotReadyException', 'Model is not ready to serve inference requests. The AWS SDK will automatically retry the operation.');
    case 'accessDenied': return new BedrockServiceError('AccessDeniedException', "You don't have access to the model with the specified model ID.");
    case 'validation': return new BedrockServiceError('ValidationException', 'Malformed input request: scripted validation failure, please reformat your input and try again.');
    case 'internal': return new BedrockServiceError('InternalServerException', 'The server encountered an internal error while processing the request.');
  }
}

const DEFAULT_GUARDRAIL_POLICY = guardrailPolicyOf(DEFAULT_LOCAL_GUARDRAIL_CONFIG);

/**
 * How the server misbehaves, for tests and demos. Per-model queues script the next calls in
 * order (ApplyGuardrail's are keyed by guardrail id); input rules fail every call whose text
 * contains a marker (one chunk of a document); the fixed latency applies to every model call.
 * A queued step wins over an input rule. Guardrails other than the default one exist once defined.
 */
export class LocalBedrockScript {
  private readonly queues = new Map<string, ScriptedStep[]>();
  private readonly guardrails = new Map<string, GuardrailPolicy>();
  private readonly inputRules: { readonly text: string; readonly fault: FaultKind }[] = [];
  private latency = 0;
  private timing: StreamTiming = { firstTokenDelayMs: 0, chunkDelayMs: 0 };

  /** The next `times` calls to `modelId` take `step`, after any steps already queued. */
  enqueue(modelId: string, step: ScriptedStep, times = 1): this {
    const queue = this.queues.get(modelId) ?? [];
    for (let i = 0; i < times; i++) queue.push(step);
    this.queues.set(modelId, queue);
    return this;
  }

  /** The next `times` chat calls to `modelId` answer with `reply`, after any steps already queued. */
  enqueueReply(modelId: string, reply: ScriptedReply, times = 1): this {
    checkScriptedReply(reply);
    return this.enqueue(modelId, { reply }, times);
  }

  /** Every call (to any model) with an input text containing `text` fails with `fault`. */
  failWhenInputContains(text: string, fault: FaultKind = 'internal'): this {
    if (text.length === 0) throw new Error('failWhenInputContains needs a non-empty marker');
    this.inputRules.push({ text, fault });
    return this;
  }

  /** Every model call waits `ms` before answering. */
  setLatency(ms: number): this {
    this.latency = nonNegative('latency', ms);
    return this;
  }

  get latencyMs(): number {
    return this.latency;
  }

  /** Every streamed reply waits `ms` before its first content delta (time to first token). */
  setFirstTokenDelay(ms: number): this {
    this.timing = { ...this.timing, firstTokenDelayMs: nonNegative('first-token delay', ms) };
    return this;
  }

  /** Every streamed reply waits `ms` between content deltas. */
  setChunkDelay(ms: number): this {
    this.timing = { ...this.timing, chunkDelayMs: nonNegative('chunk delay', ms) };
    return this;
  }

  /** The delays streamed replies use unless they script their own. */
  get streamTiming(): StreamTiming {
    return this.timing;
  }

  /**
   * Defines (or redefines) guardrail `guardrailId` for ApplyGuardrail, by id or ARN, any
   * version. Without definitions only {@link DEFAULT_LOCAL_GUARDRAIL_ID} exists.
   */
  defineGuardrail(guardrailId: string, config: LocalGuardrailConfig): this {
    if (!GUARDRAIL_ID_PATTERN.test(guardrailId)) throw new Error(`a guardrail id is lowercase letters and digits; got ${guardrailId}`);
    this.guardrails.set(guardrailId, guardrailPolicyOf(config));
    return this;
  }

  /** The policy of guardrail `guardrailId`, or undefined when it does not exist. */
  guardrailPolicy(guardrailId: string): GuardrailPolicy | undefined {
    return this.guardrails.get(guardrailId) ?? (guardrailId === DEFAULT_LOCAL_GUARDRAIL_ID ? DEFAULT_GUARDRAIL_POLICY : undefined);
  }

  /** Steps still queued for `modelId`, so a test can assert its script was used up. */
  pending(modelId: string): number {
    return this.queues.get(modelId)?.length ?? 0;
  }

  reset(): void {
    this.queues.clear();
    this.guardrails.clear();
    this.inputRules.length = 0;
    this.latency = 0;
    this.timing = { firstTokenDelayMs: 0, chunkDelayMs: 0 };
  }

  /** Consumes the model's next step and decides the call. */
  plan(modelId: string, inputTexts: readonly string[]): CallPlan {
    const step = this.queues.get(modelId)?.shift();
    if (typeof step === 'string') return { delayMs: this.latency, fault: step };
    const delayMs = this.latency + (step !== undefined && 'delayMs' in step ? step.delayMs : 0);
    const reply = step !== undefined && 'reply' in step ? { reply: step.reply } : {};
    const rule = this.inputRules.find((r) => inputTexts.some((text) => text.includes(r.text)));
    return rule === undefined ? { delayMs, ...reply } : { delayMs, fault: rule.fault };
  }
}

function nonNegative(what: string, ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`${what} must be a non-negative number of milliseconds; got ${ms}`);
  return ms;
}
