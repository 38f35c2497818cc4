import { randomBytes } from 'node:crypto';
import type { AdapterName, BenchOptions } from './config';
import { measureLatencyRun, measureThroughputRun, type LatencyRun, type Phase, type ThroughputRun } from './measure';
import { payload } from './phases/messages';
import type { AdapterRuns } from './report';
import type { BenchTarget } from './runners/bench-target';

export interface PlanResult {
  readonly measured: Map<AdapterName, AdapterRuns>;
  readonly warmUps: Map<AdapterName, { latency?: LatencyRun; throughput?: ThroughputRun }>;
}

const PHASES: readonly Phase[] = ['latency', 'throughput'];

/**
 * For each phase: one warm-up per adapter (discarded), then the runs. Adapters take turns within
 * each run rather than going one after another, so a slow drift in background load (a shared
 * 2-core box, a shared broker) lands on every adapter alike instead of on the last one.
 */
export async function runPlan(targets: readonly BenchTarget[], options: BenchOptions): Promise<PlanResult> {
  // Names are unique per bench invocation, so a rerun never reads an earlier run's topic or offsets.
  const tag = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const value = payload(options.size);
  const measured = new Map(targets.map((t) => [t.adapter, { latency: [], throughput: [] } as AdapterRuns]));
  const warmUps: PlanResult['warmUps'] = new Map(targets.map((t) => [t.adapter, {}]));
  for (const phase of PHASES) {
    for (let run = 0; run <= options.runs; run++) {
      for (const target of targets) {
        const name = `bench.bus-latency.${tag}.${target.adapter}.${phase}.${run}`;
        const label = `${target.adapter} ${phase} ${run === 0 ? 'warm-up' : `run ${run}/${options.runs}`}`;
        const spec = { topic: name, groupId: name, label, value };
        if (phase === 'latency') {
          const result = await measureLatencyRun(target, spec, options);
          if (run === 0) warmUps.get(target.adapter)!.latency = result;
          else measured.get(target.adapter)!.latency.push(result);
        } else {
          const result = await measureThroughputRun(target, spec, options);
          if (run === 0) warmUps.get(target.adapter)!.throughput = result;
          else measured.get(target.adapter)!.throughput.push(result);
        }
      }
    }
  }
  return { measured, warmUps };
}
