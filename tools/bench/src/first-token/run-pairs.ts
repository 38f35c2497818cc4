import { setTimeout as sleep } from 'node:timers/promises';
import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { NO_ANSWER, type LocalBedrock, type LoggedRequest } from '@sagewire/bedrock-local';
import { GatewayClient } from '@sagewire/e2e-harness';
import { ProgressBar } from '../progress';
import { askStreaming, type StreamedTimes } from '../query-latency/ask';
import type { ModeTarget } from '../query-latency/mode-target';
import type { BenchQuestion } from '../query-latency/questions';
import { replayInput, streamDirect, type DirectTimes } from './direct-stream';

/** The gateway's own JSON answer timeout; a question still unanswered after it is a failure. */
const QUESTION_TIMEOUT_MS = 60_000;
/**
 * Pause before each side of a pair: the embedded process may still be finishing a query's
 * work after `done` (the saga's last messages, audit), and on two cores that would land on
 * whatever is timed next. A full GC of this process goes in the same pause, outside the timing.
 */
const SETTLE_MS = 250;

export type ProblemKind = 'platform-error' | 'not-from-bedrock' | 'not-answered' | 'no-chunk' | 'baseline-error';

/** What the customer saw; times in ms from sending the question. */
export interface PlatformSide extends Omit<StreamedTimes, 'text'> {
  readonly answer: string;
  /** Chat calls (Converse, ConverseStream) the local Bedrock logged while the question was answered (1 expected). */
  readonly modelCalls: number;
  /** Other calls it logged meanwhile (embeddings, guardrails), if the platform makes any. */
  readonly otherCalls: number;
  /** When the platform's model call reached the local Bedrock (ms resolution: the log's clock). */
  readonly callArrivedMs: number | undefined;
}

/** The platform's model call sent again from this process; times in ms from `send`. */
export interface BaselineSide extends DirectTimes {
  readonly callArrivedMs: number | undefined;
}

export interface PairSample {
  readonly seq: number;
  readonly questionId: string;
  readonly question: string;
  readonly platform?: PlatformSide;
  readonly baseline?: BaselineSide;
  /** One ConverseStream call to the bench's model, answered 200, and a source marker (or Bedrock's "no information" sentence) in the answer. */
  readonly fromBedrock: boolean;
  /** The answer shown equals the text the model streamed (whitespace and markers aside). */
  readonly sameText?: boolean;
  readonly factFound?: boolean;
  /** Why the pair does not count; absent when both sides were measured. */
  readonly problem?: { readonly kind: ProblemKind; readonly detail: string };
}

export interface PairContext {
  readonly target: ModeTarget;
  readonly bedrock: LocalBedrock;
  readonly client: BedrockRuntimeClient;
  readonly modelId: string;
  readonly abort: AbortSignal;
}

/**
 * Question by question: the platform answers it, then the baseline sends the platform's own
 * model call again. Replaying the logged request (rather than a prompt built here) gives the
 * baseline the very same prompt, hence the same answer and the same number of chunks, so the
 * difference within a pair is the platform's alone; pairs in sequence put drift on both sides.
 */
export async function runPairs(context: PairContext, questions: readonly BenchQuestion[], label: string): Promise<PairSample[]> {
  const samples: PairSample[] = [];
  const bar = new ProgressBar(label, questions.length, () => samples.length);
  for (const [seq, question] of questions.entries()) {
    if (context.abort.aborted) break;
    samples.push(await measurePair(context, question, seq));
  }
  if (context.abort.aborted) {
    bar.finish('stopped');
    throw new Error('stopped by a signal');
  }
  const failed = samples.filter((s) => s.problem !== undefined).length;
  bar.finish(failed > 0 ? `${failed} not counted` : '');
  return samples;
}

async function measurePair(context: PairContext, question: BenchQuestion, seq: number): Promise<PairSample> {
  const base = { seq, questionId: question.id, question: question.text };
  let platform: PlatformSide;
  let call: LoggedRequest | undefined;
  try {
    await settle();
    const token = await context.target.newCustomer();
    const conversation = await new GatewayClient(context.target.baseUrl).json<{ id: string }>('POST', '/v1/conversations', { language: question.language }, { Authorization: `Bearer ${token}` });
    const logStart = context.bedrock.requests.length;
    const sentAt = Date.now();
    const { text, ...times } = await askStreaming({ baseUrl: context.target.baseUrl, token, conversationId: conversation.id, text: question.text, language: question.language, timeoutMs: QUESTION_TIMEOUT_MS });
    const logged = context.bedrock.requests.slice(logStart);
    const calls = logged.filter(isChatCall);
    call = calls.length === 1 ? calls[0] : undefined;
    platform = {
      ...times, answer: text, modelCalls: calls.length, otherCalls: logged.length - calls.length,
      callArrivedMs: calls[0] === undefined ? undefined : Date.parse(calls[0].receivedAt) - sentAt,
    };
  } catch (error) {
    return { ...base, fromBedrock: false, problem: { kind: 'platform-error', detail: messageOf(error) } };
  }
  const fromBedrock = call !== undefined && call.operation === 'ConverseStream' && call.modelId === context.modelId && call.status === 200 && (/\[\d+\]/.test(platform.answer) || platform.answer.includes(NO_ANSWER));
  const factFound = question.fact.test(platform.answer);
  let problem = platformProblem(platform, fromBedrock, call);
  if (call === undefined) return { ...base, platform, fromBedrock, factFound, problem };

  let baseline: BaselineSide;
  try {
    const input = replayInput(context.modelId, call.body);
    await settle();
    const logStart = context.bedrock.requests.length;
    const sentAt = Date.now();
    const times = await streamDirect(context.client, input, QUESTION_TIMEOUT_MS);
    const replayed = context.bedrock.requests.slice(logStart).find(isChatCall);
    baseline = { ...times, callArrivedMs: replayed === undefined ? undefined : Date.parse(replayed.receivedAt) - sentAt };
  } catch (error) {
    return { ...base, platform, fromBedrock, factFound, problem: problem ?? { kind: 'baseline-error', detail: messageOf(error) } };
  }
  if (problem === undefined && (baseline.firstSentenceMs === undefined || baseline.callArrivedMs === undefined)) {
    problem = { kind: 'baseline-error', detail: 'the replayed call streamed no text or was not logged' };
  }
  const sameText = comparable(platform.answer) === comparable(baseline.text);
  return { ...base, platform, baseline, fromBedrock, sameText, factFound, ...(problem === undefined ? {} : { problem }) };
}

function platformProblem(platform: PlatformSide, fromBedrock: boolean, call: LoggedRequest | undefined): PairSample['problem'] {
  if (!fromBedrock) {
    const detail = call === undefined
      ? `${platform.modelCalls} model calls logged, outcome ${platform.outcome}`
      : `${call.operation} ${call.modelId} answered ${call.status ?? 'nothing'}; outcome ${platform.outcome}: ${platform.answer.slice(0, 80)}`;
    return { kind: 'not-from-bedrock', detail };
  }
  if (platform.outcome !== 'answered') return { kind: 'not-answered', detail: `outcome ${platform.outcome}` };
  if (platform.firstChunkMs === undefined) return { kind: 'no-chunk', detail: 'answered without a chunk event' };
  return undefined;
}

function isChatCall(request: LoggedRequest): boolean {
  return request.operation === 'Converse' || request.operation === 'ConverseStream';
}

/** Whitespace and citation markers aside: the platform may renumber markers and re-space sentences. */
function comparable(text: string): string {
  return text.replace(/\[\d+\]/g, '').replace(/\s+/g, ' ').trim();
}

async function settle(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await sleep(SETTLE_MS);
}

/** With the cause: fetch's own message ("fetch failed") says nothing of what failed. */
function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause === undefined ? error.message : `${error.message} (${messageOf(error.cause)})`;
}
