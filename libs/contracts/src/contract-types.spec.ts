// Type tests: these assertions fail `npm run typecheck` (tsc), not jest, when an inferred
// payload type drifts. The runtime expectations pin the matching values.
import { createEnvelope } from './create-envelope';
import type { DataOf } from './define-contract';
import type { DocumentRegisteredV1 } from './ingestion/document-registered.v1';
import type { SubjectDataErasedV1 } from './privacy/subject-data-erased.v1';
import type { CreateTicketV1 } from './query/create-ticket.v1';
import { documentsRetrievedV1, type DocumentsRetrievedV1 } from './query/documents-retrieved.v1';
import type { EscalationDecidedV1 } from './query/escalation-decided.v1';
import type { ModelInvokedV1 } from './query/model-invoked.v1';
import { userQuerySubmittedV1, type UserQuerySubmittedV1 } from './query/user-query-submitted.v1';
import type { RegisteredContractType } from './registry';

/** True only when A and B are the same type (not merely mutually assignable through `any`). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const _score: Equals<DocumentsRetrievedV1['passages'][number]['score'], number> = true;
const _dataOf: Equals<DataOf<typeof documentsRetrievedV1>, DocumentsRetrievedV1> = true;
const _language: Equals<UserQuerySubmittedV1['language'], string | undefined> = true;
const _channel: Equals<UserQuerySubmittedV1['channel'], 'widget' | 'api' | 'openai_compatible'> = true;
const _cacheRead: Equals<ModelInvokedV1['cacheReadTokens'], number | undefined> = true;
const _escalate: Equals<EscalationDecidedV1['escalate'], boolean> = true;
const _ticketReason: Equals<Extract<CreateTicketV1['reason'], 'none'>, never> = true;
const _method: Equals<SubjectDataErasedV1['method'], 'delete' | 'crypto_shred'> = true;
const _registeredKeys: Equals<
  keyof DocumentRegisteredV1,
  'documentId' | 'version' | 'title' | 'source' | 'mediaType' | 'sizeBytes' | 'contentSha256' | 'language' | 'aclTags' | 'requestedBy'
> = true;
const _type: Equals<(typeof documentsRetrievedV1)['type'], 'io.sagewire.query.DocumentsRetrieved.v1'> = true;
const _registered: Equals<Extract<RegisteredContractType, `io.sagewire.privacy.${string}`>, PrivacyTypes> = true;
// The helper itself must be able to say no.
const _negative: Equals<number, number | undefined> = false;

type PrivacyTypes =
  | 'io.sagewire.privacy.ErasureRequested.v1'
  | 'io.sagewire.privacy.EraseSubjectData.v1'
  | 'io.sagewire.privacy.SubjectDataErased.v1'
  | 'io.sagewire.privacy.ErasureFailed.v1'
  | 'io.sagewire.privacy.ErasureCompleted.v1';

const context = { source: '/sagewire/test', tenantId: 't', correlationId: 'q', subject: 'c' };

describe('contract types', () => {
  it('derives the CloudEvents type and topic the types promise', () => {
    expect(documentsRetrievedV1.type).toBe('io.sagewire.query.DocumentsRetrieved.v1');
    expect(documentsRetrievedV1.topic).toBe('query.documents-retrieved.v1');
    expect(userQuerySubmittedV1.topic).toBe('query.user-query-submitted.v1');
  });

  it('types createEnvelope payloads by contract', () => {
    const bad = { queryId: 'q', conversationId: 'c', userId: 'u', channel: 'fax', text: 'hi', turn: 1, submittedAt: '2025-06-12T09:14:03Z' };
    // @ts-expect-error `fax` is not a channel: the compiler rejects it before the schema does.
    expect(() => createEnvelope(userQuerySubmittedV1, bad, context)).toThrow(/channel/);
  });
});
