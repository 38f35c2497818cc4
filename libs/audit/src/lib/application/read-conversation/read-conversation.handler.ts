import { Injectable } from '@nestjs/common';
import { ServiceRuntime } from '@sagewire/service-kit';
import type { JsonValue } from '../../domain/canonical-json';
import { verifyLinkedRecords } from '../../domain/hash-chain';
import { readConversationPage } from '../../infrastructure/postgres/audit-read.repository';

export interface ConversationAuditQuery {
  readonly tenantId: string;
  readonly conversationId: string;
  /** Return records appended after this seq (the last `seq` of the previous page). */
  readonly after: number;
  readonly limit: number;
}

export interface AuditedEvent {
  readonly seq: number;
  readonly id: string;
  readonly type: string;
  readonly time: string;
  readonly source: string;
  readonly causationId: string | null;
  readonly data: JsonValue;
}

export interface ConversationAudit {
  readonly conversationId: string;
  readonly events: readonly AuditedEvent[];
  /** Every returned record is intact and links to its predecessor in the tenant's chain. */
  readonly chainVerified: boolean;
}

/**
 * One conversation's trail, in the caller's tenant only: another tenant's conversation id
 * finds nothing. Order is append order; within one topic that is the partition order (query
 * events are keyed by conversation id), across topics it is the order audit consumed them in,
 * and `causationId` gives the causal links.
 */
@Injectable()
export class ReadConversationHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async handle(query: ConversationAuditQuery): Promise<ConversationAudit> {
    const page = await readConversationPage(this.runtime.dataSource.manager, query.tenantId, query.conversationId, query.after, query.limit);
    return {
      conversationId: query.conversationId,
      events: page.map(({ record }) => ({
        seq: record.seq, id: record.eventId, type: record.type, time: record.time,
        source: record.source, causationId: record.causationId, data: record.data,
      })),
      chainVerified: verifyLinkedRecords(page),
    };
  }
}
