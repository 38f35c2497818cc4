import type { DynamicModule } from '@nestjs/common';
import type { Contract } from '@sagewire/contracts';
import type { MigrationClass } from '../database/open-service-database';
import type { ServiceRuntime } from '../runtime/service-runtime';

/** One consumer group of a service, bound to the handlers declared with `@OnEvent(contract, transportId)`. */
export interface EventConsumerSpec {
  readonly transportId: symbol;
  /** Replicas of the service share the group's work; other services have groups of their own. */
  readonly groupId: string;
  readonly contracts: readonly Contract[];
  /**
   * Every replica gets every message (the group id gets an instance suffix), for fan-out such
   * as pushing events to the client connections a replica holds. Such a group starts at the
   * end of the log: nobody is waiting for what happened before the replica started.
   */
  readonly perInstance?: boolean;
  readonly partitionsConsumedConcurrently?: number;
  /**
   * Where a group with no committed offsets starts. Default: the beginning (nothing published
   * before the first deployment is lost), or the end for per-instance groups. Ephemeral
   * streams whose consumers catch up another way start at the end.
   */
  readonly fromBeginning?: boolean;
}

/**
 * What a service contributes to a process: its schema and migrations, its Nest module (built
 * from the runtime and the service's own environment variables) and its consumer groups. The
 * same definition runs alone (apps/<service>) or with all others (apps/standalone).
 */
export interface ServiceDefinition {
  readonly name: string;
  readonly schema: string;
  readonly migrations: readonly MigrationClass[];
  readonly consumers: readonly EventConsumerSpec[];
  module(runtime: ServiceRuntime, env: Readonly<Record<string, string | undefined>>): DynamicModule;
}
