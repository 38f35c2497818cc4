import { readFileSync } from 'node:fs';

export interface ProcessMemory {
  /** Sum of VmRSS over the processes that could be read, in bytes. */
  readonly totalRssBytes: number;
  /** Per process name; undefined when it has no pid or /proc/<pid>/status is gone. */
  readonly byProcess: Readonly<Record<string, number | undefined>>;
}

/** Resident memory right now, from the kernel (Linux /proc), summed over a mode's processes. */
export function processMemory(processes: ReadonlyMap<string, number | undefined>): ProcessMemory {
  const byProcess: Record<string, number | undefined> = {};
  let totalRssBytes = 0;
  for (const [name, pid] of processes) {
    const rss = pid === undefined ? undefined : vmRssBytes(pid);
    byProcess[name] = rss;
    totalRssBytes += rss ?? 0;
  }
  return { totalRssBytes, byProcess };
}

function vmRssBytes(pid: number): number | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kib = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  return kib === undefined ? undefined : Number(kib) * 1024;
}
