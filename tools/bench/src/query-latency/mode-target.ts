import type { Mode } from './config';

/** A running Sagewire, ready to answer from the demo knowledge base; stopped by its Cleanup. */
export interface ModeTarget {
  readonly mode: Mode;
  /** The gateway every question and health probe goes to. */
  readonly baseUrl: string;
  /** Spawn (or database creation) until the demo knowledge base is active. */
  readonly startupMs: number;
  /** The processes whose memory is this mode's, by name. */
  processes(): ReadonlyMap<string, number | undefined>;
  /** An access token of a new customer of the demo tenant; not timed. */
  newCustomer(): Promise<string>;
  /** Where the processes' logs are, and anything else a reader of the JSON needs. */
  readonly details: Readonly<Record<string, unknown>>;
}

