import { Injectable } from '@nestjs/common';
import type { Envelope } from '@sagewire/contracts';
import type { DeliveryContext } from '@sagewire/messaging';
import { Metrics, ServiceRuntime } from '@sagewire/service-kit';
import type { EntityManager } from 'typeorm';
import type { AuditEntry } from '../../domain/audit-record';
import { chainHash, GENESIS_HASH } from '../../domain/hash-chain';
import { toAuditEntry } from '../../domain/to-audit-entry';
import { insertRecord, lockTenantChain, moveChainHead, readChainHead } from '../../infrastructure/postgres/chain-append.repository';

/**
 * Appends every delivered event once to its tenant's hash chain. The inbox makes a redelivery
 * a no-op; the unique event id also keeps a replay into an emptied inbox from appending twice.
 */
@Injectable()
export class RecordEventHandler {
  private readonly appended: ReturnType<Metrics['counter']>;

  constructor(private readonly runtime: ServiceRuntime, metrics: Metrics) {
    this.appended = metrics.counter('sagewire_audit_events_total', 'CloudEvents appended to the audit log, by type', ['service', 'type']);
  }

  async handle(envelope: Envelope, delivery: DeliveryContext): Promise<void> {
    const entry = toAuditEntry(envelope, delivery.contract.subject, new Date());
    const outcome = await this.runtime.handleOnce(envelope, delivery, (manager) => this.append(manager, entry));
    // Counted after the commit, so a rolled-back attempt is not counted.
    if (!outcome.duplicate && outcome.result) this.appended.inc({ service: this.runtime.service, type: entry.type });
  }

  /** Returns whether the event was appended (false: its id was already in the log). */
  private async append(manager: EntityManager, entry: AuditEntry): Promise<boolean> {
    // Lock before reading the head: two appends to one chain must not both link to the same head.
    await lockTenantChain(manager, entry.tenantId);
    const prevHash = (await readChainHead(manager, entry.tenantId))?.hash ?? GENESIS_HASH;
    const hash = chainHash(prevHash, entry);
    const seq = await insertRecord(manager, entry, prevHash, hash);
    if (seq === undefined) return false;
    await moveChainHead(manager, entry.tenantId, { seq, hash });
    return true;
  }
}
