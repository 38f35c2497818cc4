// Type tests: these assertions fail `npm run typecheck` (tsc), not jest, when an inferred
// payload type drifts. The runtime expectations pin the matching values.
import { createEnvelope } from './create-envelope';
import type { DataOf } from './define-contract';
import type { DocumentRegisteredV1 } from './ingestion/document-registered.v1';
import type { SubjectDataErasedV1 } from './privacy/subject-data-erased.v1';
import type { CreateTicketV1 } from './query/create-ticket.v1';
import { documentsRetrievedV1, type DocumentsRetrievedV1 } from './query/documents-retrieved.v1';
import type { EscalationDecidedV1 } from './query/escalation-decided.v1';
import type { EvaluateEscalationV1 } from './query/evaluate-escalation.v1';
import type { ModelInvokedV1 } from './query/model-invoked.v1';
import { userQuerySubmittedV1, type UserQuerySubmittedV1 } from './query/user-query-submitted.v1';
import type { RegisteredContractType } from './registry';
import type { AgentRepliedV1 } from './support/agent-replied.v1';
import { csatSubmittedV1, type CsatSubmittedV1 } from './support/csat-submitted.v1';
import { ticketClaimedV1, type TicketClaimedV1 } from './support/ticket-claimed.v1';

/** True only when A and B are the same type (not merely mutually assignable through `any`). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const _score: Equals<DocumentsRetrievedV1['passages'][number]['score'], number> = true;
const _dataOf: Equals<DataOf<typeof documentsRetrievedV1>, DocumentsRetrievedV1> = true;
const _language: Equals<UserQuerySubmittedV1['language'], string | undefined> = true;
const _channel: Equals<UserQuerySubmittedV1['channel'], 'widget' | 'api' | 'openai_compatible'> = true;
const _submittedTier: Equals<UserQuerySubmittedV1['customerTier'], 'standard' | 'premium' | undefined> = true;
const _evaluatedTier: Equals<EvaluateEscalationV1['customerTier'], UserQuerySubmittedV1['customerTier']> = true;
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
const _supportTypes: Equals<Extract<RegisteredContractType, `io.sagewire.support.${string}`>, SupportTypes> = true;
const _claimedKeys: Equals<keyof TicketClaimedV1, 'ticketId' | 'conversationId' | 'queryId' | 'agentId' | 'claimedAt' | 'sequence'> = true;
const _replyQuery: Equals<AgentRepliedV1['queryId'], string | undefined> = true;
const _csatScore: Equals<CsatSubmittedV1['score'], number> = true;
const _csatTicket: Equals<CsatSubmittedV1['ticketId'], string | undefined> = true;
// The helper itself must be able to say no.
const _negative: Equals<number, number | undefined> = false;

type PrivacyTypes =
  | 'io.sagewire.privacy.ErasureRequested.v1'
  | 'io.sagewire.privacy.EraseSubjectData.v1'
  | 'io.sagewire.privacy.SubjectDataErased.v1'
  | 'io.sagewire.privacy.ErasureFailed.v1'
  | 'io.sagewire.privacy.ErasureCompleted.v1';

type SupportTypes =
  | 'io.sagewire.support.TicketClaimed.v1'
  | 'io.sagewire.support.AgentReplied.v1'
  | 'io.sagewire.support.TicketResolved.v1'
  | 'io.sagewire.support.CsatSubmitted.v1';

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

  it('takes the customer tier as optional, and only the known tiers', () => {
    const submitted = { queryId: 'q', conversationId: 'c', userId: 'u', channel: 'api', text: 'hi', turn: 1, submittedAt: '2025-06-12T09:14:03Z' };
    expect(userQuerySubmittedV1.schema.safeParse(submitted).success).toBe(true);
    expect(userQuerySubmittedV1.schema.safeParse({ ...submitted, customerTier: 'premium' }).success).toBe(true);
    expect(userQuerySubmittedV1.schema.safeParse({ ...submitted, customerTier: 'gold' }).success).toBe(false);
  });

  it('puts the support events on their own domain, keyed by conversation, with CSAT scores 1 to 5 only', () => {
    expect(ticketClaimedV1.topic).toBe('support.ticket-claimed.v1');
    expect(ticketClaimedV1.subject).toBe('conversationId');
    const csat = { conversationId: 'c', userId: 'u', submittedAt: '2025-06-12T09:25:32Z' };
    expect(csatSubmittedV1.schema.safeParse({ ...csat, score: 5 }).success).toBe(true);
    for (const score of [0, 6, 4.5]) expect(csatSubmittedV1.schema.safeParse({ ...csat, score }).success).toBe(false);
    expect(csatSubmittedV1.schema.safeParse({ ...csat, score: 3, comment: 'x'.repeat(1001) }).success).toBe(false);
  });
});
