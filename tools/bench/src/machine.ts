import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly totalMemoryBytes: number;
  readonly node: string;
  readonly os: string;
  readonly kafkajs: string;
  /** 1/5/15-minute load when the bench started: other work on a 2-core box skews the figures. */
  readonly loadAverageAtStart: readonly number[];
  readonly gitCommit: string | undefined;
}

export function machineInfo(): MachineInfo {
  const cpuList = cpus();
  return {
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    totalMemoryBytes: totalmem(),
    node: process.version,
    os: `${platform()} ${release()}`,
    kafkajs: packageVersion('kafkajs'),
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
    gitCommit: gitCommit(),
  };
}

function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version?: string };
  return manifest.version ?? 'unknown';
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export interface MemoryPeaks {
  /** Peak resident set size of this process (the kernel's high-water mark). */
  readonly peakRssBytes: number;
  /** Highest V8 heap in use seen by sampling every 100 ms. */
  readonly peakHeapUsedBytes: number;
}

/** Samples the heap; RSS comes from the kernel's own maximum, which sampling could miss. */
export class MemoryWatch {
  private peakHeapUsed = 0;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.sample();
    this.timer = setInterval(() => this.sample(), 100);
    this.timer.unref();
  }

  stop(): MemoryPeaks {
    clearInterval(this.timer);
    this.sample();
    return { peakRssBytes: process.resourceUsage().maxRSS * 1024, peakHeapUsedBytes: this.peakHeapUsed };
  }

  private sample(): void {
    this.peakHeapUsed = Math.max(this.peakHeapUsed, process.memoryUsage().heapUsed);
  }
}
