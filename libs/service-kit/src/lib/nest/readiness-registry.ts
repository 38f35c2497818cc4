import { describeError } from '@sagewire/errors';

export type ReadinessProbe = () => Promise<void>;

/** Named checks behind `/health/ready`: the database answers, the consumers have joined. */
export class ReadinessRegistry {
  private readonly probes = new Map<string, ReadinessProbe>();

  register(name: string, probe: ReadinessProbe): void {
    this.probes.set(name, probe);
  }

  async check(): Promise<{ ready: boolean; checks: Record<string, string> }> {
    const entries = await Promise.all(
      [...this.probes].map(async ([name, probe]) => {
        try {
          await probe();
          return [name, 'ok'] as const;
        } catch (error) {
          return [name, describeError(error).message] as const;
        }
      }),
    );
    return { ready: entries.every(([, status]) => status === 'ok'), checks: Object.fromEntries(entries) };
  }
}
