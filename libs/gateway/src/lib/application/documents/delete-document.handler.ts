import { Injectable } from '@nestjs/common';
import { deleteDocumentV1 } from '@sagewire/contracts/ingestion/delete-document.v1';
import { ServiceRuntime, type Principal } from '@sagewire/service-kit';
import { nextDocumentProgress } from '../../domain/documents/document-status';
import { findDocument, updateDocumentProgress } from '../../infrastructure/postgres/document.repository';
import { GatewayErrorCode, gatewayError } from '../gateway-errors';

export interface DeletionAccepted {
  readonly documentId: string;
  readonly status: 'deleting';
}

/**
 * Marks the document `deleting` and publishes `DeleteDocument` through the outbox in one
 * transaction; `DocumentDeleted` makes it `deleted`. Asking again while it is deleting sends
 * the command again (ingestion treats a repeat as a no-op), so a lost deletion can be retried.
 */
@Injectable()
export class DeleteDocumentHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async delete(principal: Principal, documentId: string): Promise<DeletionAccepted> {
    const { tenantId } = principal;
    return this.runtime.transaction(async (manager) => {
      const current = await findDocument(manager, tenantId, documentId, true);
      // Another tenant's document answers exactly as a missing one: its existence is not revealed.
      if (!current) throw gatewayError(GatewayErrorCode.NOT_FOUND, `no document ${documentId} in this tenant; GET /v1/documents lists them`);
      // A Nest exception until the gateway has a conflict code of its own: the filter maps it to 409.
      if (current.status === 'deleted') throw gatewayError(GatewayErrorCode.CONFLICT, `document ${documentId} is already deleted; upload the file again (without documentId) to add it back`);
      const next = nextDocumentProgress(current, { status: 'deleting' });
      if (next) await updateDocumentProgress(manager, tenantId, documentId, { ...next, errorMessage: current.errorMessage ?? undefined });
      await this.runtime.publish(manager, [{
        contract: deleteDocumentV1,
        context: { source: this.runtime.source, tenantId, correlationId: documentId, subject: documentId },
        data: { documentId, requestedBy: principal.subject },
      }]);
      return { documentId, status: 'deleting' as const };
    });
  }
}
