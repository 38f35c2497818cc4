import type { Envelope } from '@sagewire/contracts';
import type { RegisterDocumentV1 } from '@sagewire/contracts/ingestion/register-document.v1';
import type { EntityManager } from 'typeorm';

/** A claimed registration, to be processed by one worker. */
export interface IngestionJob {
  readonly id: string;
  readonly tenantId: string;
  readonly documentId: string;
  readonly envelope: Envelope<RegisterDocumentV1>;
  /** 1 on the first run. */
  readonly attempt: number;
}

export interface ClaimLimits {
  /** Versions of one tenant that may be between "chunks handed to retrieval" and "activated or failed". */
  readonly maxInFlightPerTenant: number;
  /** How long a claim holds before another worker may take the job over (its worker died). */
  readonly leaseMs: number;
}

/** Adds a registration to the queue, in the caller's transaction (with its inbox row). */
export async function enqueueJob(manager: EntityManager, envelope: Envelope<RegisterDocumentV1>): Promise<void> {
  await manager.query('INSERT INTO ingestion.jobs (tenant_id, document_id, envelope, state) VALUES ($1, $2, $3, $4)', [
    envelope.tenantid, envelope.data.documentId, JSON.stringify(envelope), 'queued',
  ]);
}

/**
 * Claims the next job fairly: among tenants with a job ready, the one served longest ago
 * (never served first), and within a tenant the oldest job. A tenant with too many versions
 * still in retrieval's hands waits, so fairness holds along the whole pipeline, not only here.
 * (A version stuck longer than a lease stops counting, so a lost reply cannot block a tenant
 * for good.) A document's jobs run one at a time, in order. Returns undefined when nothing is ready.
 */
export async function claimNextJob(manager: EntityManager, limits: ClaimLimits): Promise<IngestionJob | undefined> {
  for (;;) {
    const [candidate] = await manager.query<{ id: string }[]>(
      `WITH ready AS (
         SELECT DISTINCT ON (j.tenant_id) j.id, j.tenant_id
         FROM ingestion.jobs j
         WHERE (j.state = 'queued' AND j.available_at <= now() OR j.state = 'running' AND j.lease_until < now())
           AND NOT EXISTS (SELECT 1 FROM ingestion.jobs r
                           WHERE r.tenant_id = j.tenant_id AND r.document_id = j.document_id AND r.id < j.id AND r.state <> 'done')
           AND (SELECT count(*) FROM ingestion.document_versions v
                WHERE v.tenant_id = j.tenant_id AND v.status IN ('indexing', 'indexed')
                  AND v.updated_at > now() - ($2 || ' milliseconds')::interval) < $1
         ORDER BY j.tenant_id, j.id
       )
       SELECT ready.id FROM ready LEFT JOIN ingestion.tenant_turns t ON t.tenant_id = ready.tenant_id
       ORDER BY t.last_served_at ASC NULLS FIRST, ready.id ASC
       LIMIT 1`,
      [limits.maxInFlightPerTenant, String(limits.leaseMs)],
    );
    if (!candidate) return undefined;
    // Another worker may have taken it since the read: the guarded update decides, and a loss retries.
    const claimed = await manager.query<{ id: string; tenant_id: string; document_id: string; envelope: Envelope<RegisterDocumentV1>; attempts: number }[]>(
      // In a CTE: TypeORM returns a bare UPDATE's rows wrapped with its count.
      `WITH claimed AS (UPDATE ingestion.jobs SET state = 'running', attempts = attempts + 1, lease_until = now() + ($2 || ' milliseconds')::interval
         WHERE id = $1 AND (state = 'queued' OR state = 'running' AND lease_until < now())
         RETURNING id, tenant_id, document_id, envelope, attempts)
       SELECT * FROM claimed`,
      [candidate.id, String(limits.leaseMs)],
    );
    const row = claimed[0];
    if (!row) continue;
    await manager.query(
      `INSERT INTO ingestion.tenant_turns (tenant_id, last_served_at) VALUES ($1, clock_timestamp())
       ON CONFLICT (tenant_id) DO UPDATE SET last_served_at = EXCLUDED.last_served_at`,
      [row.tenant_id],
    );
    return { id: String(row.id), tenantId: row.tenant_id, documentId: row.document_id, envelope: row.envelope, attempt: row.attempts };
  }
}

/** The job's outcome is committed (in the caller's transaction). */
export async function completeJob(manager: EntityManager, jobId: string): Promise<void> {
  await manager.query(`UPDATE ingestion.jobs SET state = 'done', finished_at = now(), lease_until = NULL WHERE id = $1`, [jobId]);
}

/** Puts a job back for another attempt after `delayMs` (a retriable failure). */
export async function retryJobLater(manager: EntityManager, jobId: string, delayMs: number): Promise<void> {
  await manager.query(
    `UPDATE ingestion.jobs SET state = 'queued', lease_until = NULL, available_at = now() + ($2 || ' milliseconds')::interval WHERE id = $1`,
    [jobId, String(delayMs)],
  );
}
