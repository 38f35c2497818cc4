import { GatewayClient } from '@sagewire/e2e-harness';
import { ProgressBar } from '../progress';
import { askJson, askStreaming, timeHealthLive } from './ask';
import type { QueryBenchOptions } from './config';
import type { ModeTarget } from './mode-target';
import { processMemory, type ProcessMemory } from './process-memory';
import { QUESTIONS, type BenchQuestion } from './questions';

export type QuestionKind = 'sse' | 'json';

/** One question as the JSON records it; times in ms from sending the request. */
export interface QuestionSample {
  /** Position in the schedule. */
  readonly seq: number;
  readonly kind: QuestionKind;
  readonly questionId: string;
  /** When the question was sent, in ms since its phase started. */
  readonly sentAtMs: number;
  /** The /health/live round trip just before this question. */
  readonly healthMs?: number;
  /** The query's outcome (answered, escalated, blocked, ...), or 'error' when no answer came. */
  readonly outcome: string;
  /** Whether the answer contains the demo page's fact (see questions.ts). */
  readonly factFound?: boolean;
  /** The answer as shown (the `done` text or the JSON body's), for reading the run afterwards. */
  readonly answer?: string;
  readonly headersMs?: number;
  readonly acceptedMs?: number;
  readonly firstChunkMs?: number;
  readonly doneMs?: number;
  readonly chunks?: number;
  readonly jsonTotalMs?: number;
  readonly error?: string;
}

export interface PhaseRun {
  readonly planned: number;
  readonly samples: QuestionSample[];
  /** The phase's wall time, each question's untimed setup included: the denominator of questions/s. */
  readonly wallMs: number;
  /** True when --budget ran out before every planned question was sent. */
  readonly cutShort: boolean;
}

export interface ModeRun {
  readonly warmUp: PhaseRun;
  readonly measured: PhaseRun;
  readonly memoryBefore: ProcessMemory;
  readonly memoryAfter: ProcessMemory;
}

interface Task {
  readonly kind: QuestionKind;
  readonly question: BenchQuestion;
}

/**
 * The warm-up may use at most this share of --budget, so a slow system still gets measured
 * questions (fewer, and the report says so) instead of a budget spent warming up.
 */
const WARM_UP_BUDGET_SHARE = 0.25;

/** Warm-up (discarded), then the measured questions; no new question starts after the budget. */
export async function runMode(target: ModeTarget, options: QueryBenchOptions, abort: AbortSignal): Promise<ModeRun> {
  const start = performance.now();
  const deadline = start + options.budget * 1000;
  const memoryBefore = processMemory(target.processes());
  const warmUpTasks = schedule(options.warmup, options.warmup > 0 && options.json > 0 ? 1 : 0);
  const warmUp = await runPhase(target, warmUpTasks, options, start + options.budget * 1000 * WARM_UP_BUDGET_SHARE, abort, `${target.mode} warm-up`);
  if (warmUp.samples.length > 0 && warmUp.samples.every((s) => s.outcome === 'error')) {
    throw new Error(`${target.mode}: every warm-up question failed; the first: ${warmUp.samples[0]!.error ?? 'unknown'}`);
  }
  const measured = await runPhase(target, schedule(options.questions, options.json), options, deadline, abort, `${target.mode} questions`);
  return { warmUp, measured, memoryBefore, memoryAfter: processMemory(target.processes()) };
}

/**
 * SSE and JSON questions interleaved evenly (drift in background load lands on both), drawn
 * round-robin from the fixed list, from its start, so runs with other options stay comparable.
 */
function schedule(sse: number, json: number): Task[] {
  const total = sse + json;
  return Array.from({ length: total }, (_, k) => ({
    kind: Math.floor(((k + 1) * json) / total) > Math.floor((k * json) / total) ? 'json' : 'sse',
    question: QUESTIONS[k % QUESTIONS.length]!,
  }));
}

async function runPhase(target: ModeTarget, tasks: readonly Task[], options: QueryBenchOptions, deadline: number, abort: AbortSignal, label: string): Promise<PhaseRun> {
  const samples: QuestionSample[] = [];
  let next = 0;
  let completed = 0;
  const bar = new ProgressBar(label, tasks.length, () => completed);
  const started = performance.now();
  // `--concurrency` workers take the next question as soon as theirs is answered.
  const worker = async (): Promise<void> => {
    while (next < tasks.length && performance.now() < deadline && !abort.aborted) {
      const seq = next++;
      samples.push(await askOne(target, tasks[seq]!, seq, started, options.timeout * 1000));
      completed += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, tasks.length) }, worker));
  const wallMs = performance.now() - started;
  if (abort.aborted) {
    bar.finish('stopped');
    throw new Error('stopped by a signal');
  }
  const cutShort = samples.length < tasks.length;
  const errors = samples.filter((s) => s.outcome === 'error').length;
  bar.finish([cutShort ? `cut short by --budget after ${samples.length}` : '', errors > 0 ? `${errors} errors` : ''].filter((n) => n !== '').join(', '));
  samples.sort((a, b) => a.seq - b.seq);
  return { planned: tasks.length, samples, wallMs, cutShort };
}

/** A new customer and conversation (not timed), the health probe, then the timed question. */
async function askOne(target: ModeTarget, task: Task, seq: number, phaseStart: number, timeoutMs: number): Promise<QuestionSample> {
  const base = { seq, kind: task.kind, questionId: task.question.id };
  let sentAtMs = performance.now() - phaseStart;
  let healthMs: number | undefined;
  try {
    const token = await target.newCustomer();
    const conversation = await new GatewayClient(target.baseUrl).json<{ id: string }>('POST', '/v1/conversations', { language: task.question.language }, { Authorization: `Bearer ${token}` });
    healthMs = await timeHealthLive(target.baseUrl, timeoutMs);
    const request = { baseUrl: target.baseUrl, token, conversationId: conversation.id, text: task.question.text, language: task.question.language, timeoutMs };
    sentAtMs = performance.now() - phaseStart;
    if (task.kind === 'json') {
      const answer = await askJson(request);
      return { ...base, sentAtMs, healthMs, outcome: answer.outcome, factFound: task.question.fact.test(answer.text), answer: answer.text, jsonTotalMs: answer.totalMs };
    }
    const { text, ...times } = await askStreaming(request);
    return { ...base, sentAtMs, healthMs, ...times, factFound: task.question.fact.test(text), answer: text };
  } catch (error) {
    return { ...base, sentAtMs, ...(healthMs === undefined ? {} : { healthMs }), outcome: 'error', error: error instanceof Error ? error.message : String(error) };
  }
}
