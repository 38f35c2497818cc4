import { registerDocumentV1 } from './register-document.v1';
import { documentRegisteredV1 } from './document-registered.v1';
import { parseDocumentV1 } from './parse-document.v1';
import { documentParsedV1 } from './document-parsed.v1';
import { chunkDocumentV1 } from './chunk-document.v1';
import { documentChunkedV1 } from './document-chunked.v1';
import { embedChunksV1 } from './embed-chunks.v1';
import { documentEmbeddedV1 } from './document-embedded.v1';
import { indexChunksV1 } from './index-chunks.v1';
import { indexChunksV2 } from './index-chunks.v2';
import { documentIndexedV1 } from './document-indexed.v1';
import { activateDocumentVersionV1 } from './activate-document-version.v1';
import { documentVersionActivatedV1 } from './document-version-activated.v1';
import { documentIngestionFailedV1 } from './document-ingestion-failed.v1';
import { rollBackDocumentVersionV1 } from './roll-back-document-version.v1';
import { documentIngestionRolledBackV1 } from './document-ingestion-rolled-back.v1';
import { deleteDocumentV1 } from './delete-document.v1';
import { documentDeletedV1 } from './document-deleted.v1';

/** Every contract of the ingestion saga, in saga order, then whole-document deletion. */
export const INGESTION_CONTRACTS = [
  registerDocumentV1,
  documentRegisteredV1,
  parseDocumentV1,
  documentParsedV1,
  chunkDocumentV1,
  documentChunkedV1,
  embedChunksV1,
  documentEmbeddedV1,
  indexChunksV1,
  indexChunksV2,
  documentIndexedV1,
  activateDocumentVersionV1,
  documentVersionActivatedV1,
  documentIngestionFailedV1,
  rollBackDocumentVersionV1,
  documentIngestionRolledBackV1,
  deleteDocumentV1,
  documentDeletedV1,
] as const;
