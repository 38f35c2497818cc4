import type { DataOf } from '@sagewire/contracts';
import { documentRetrievalFailedV1 } from '@sagewire/contracts/query/document-retrieval-failed.v1';
import { passagesScreenedV1 } from '@sagewire/contracts/query/passages-screened.v1';
import { documentsRetrievedV1 } from '@sagewire/contracts/query/documents-retrieved.v1';
import { escalationDecidedV1 } from '@sagewire/contracts/query/escalation-decided.v1';
import { inputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { modelInvocationFailedV1 } from '@sagewire/contracts/query/model-invocation-failed.v1';
import { modelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { outputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import { ticketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { ticketCreationFailedV1 } from '@sagewire/contracts/query/ticket-creation-failed.v1';
import { tokenBudgetRejectedV1 } from '@sagewire/contracts/query/token-budget-rejected.v1';
import { tokenBudgetReservedV1 } from '@sagewire/contracts/query/token-budget-reserved.v1';
import { userQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';
import { deadlineExpired, type QuerySagaInputContract, type SagaEventInput } from '../query-saga.inputs';
import type { WaitStep } from '../query-steps';

// Realistic reply events for one query. Each is parsed by its contract, so a fixture that
// drifts from the schema fails here rather than passing a test with impossible input.

export const TENANT = 'tenant-acme';
export const REF = { queryId: 'q-01', conversationId: 'conv-01' } as const;
export const SUBMITTED_AT = '2025-03-14T09:26:53.000Z';
export const RAW_TEXT = 'How do I reset my password? My email is ana@example.com';
export const REDACTED_TEXT = 'How do I reset my password? My email is [EMAIL]';
export const ANSWER = 'Open Settings, then Security, and choose "Reset password".';
export const CITATION = { documentId: 'doc-7', documentVersion: 3, title: 'Account security', section: 'Passwords' };
export const PASSAGE = { chunkId: 'doc-7#2', documentId: 'doc-7', documentVersion: 3, text: 'To reset your password open Settings, then Security.', score: 0.82 };

function event<C extends QuerySagaInputContract>(contract: C, data: DataOf<C>): SagaEventInput<C> {
  contract.schema.parse(data);
  return { type: contract.type, tenantId: TENANT, data };
}

type Over<C extends QuerySagaInputContract> = Partial<DataOf<C>>;

export const submitted = (over: Over<typeof userQuerySubmittedV1> = {}) =>
  event(userQuerySubmittedV1, { ...REF, userId: 'user-9', channel: 'widget', text: RAW_TEXT, language: 'en', turn: 2, submittedAt: SUBMITTED_AT, ...over });

export const budgetReserved = () =>
  event(tokenBudgetReservedV1, { ...REF, reservationId: 'res-1', reservedTokens: 2000, remainingTokens: 48_000, expiresAt: '2025-03-14T09:31:53.000Z' });

export const budgetRejected = () => event(tokenBudgetRejectedV1, { ...REF, reason: 'user_daily_limit', limit: 50_000, used: 50_000 });

export const inputScreened = (over: Over<typeof inputScreenedV1> = {}) =>
  event(inputScreenedV1, {
    ...REF,
    verdict: 'redact',
    findings: [{ type: 'pii', action: 'redact', label: 'EMAIL', start: 40, end: 56 }],
    redactedText: REDACTED_TEXT,
    detectedLanguage: 'en',
    ...over,
  });

export const routed = (over: Over<typeof queryRoutedV1> = {}) => event(queryRoutedV1, { ...REF, complexity: 'simple', language: 'en', method: 'rules', ...over });

export const retrieved = () =>
  event(documentsRetrievedV1, { ...REF, passages: [PASSAGE], citations: [CITATION], knowledgeBaseVersion: 'kb-42', latencyMs: 18 });

/** The guardrails let every retrieved passage through. */
export const passagesScreened = (over: Over<typeof passagesScreenedV1> = {}) =>
  event(passagesScreenedV1, { ...REF, passages: [PASSAGE], withdrawnChunkIds: [], findings: [], ...over });

export const retrievalFailed = (over: Over<typeof documentRetrievalFailedV1> = {}) =>
  event(documentRetrievalFailedV1, { ...REF, errorCode: 'RETRIEVAL.INDEX_UNAVAILABLE', message: 'index is not reachable', retriable: true, attempt: 1, ...over });

export const modelInvoked = (over: Over<typeof modelInvokedV1> = {}) =>
  event(modelInvokedV1, {
    ...REF,
    model: 'local-extractive',
    provider: 'local',
    inputTokens: 310,
    outputTokens: 42,
    costUsd: 0.0021,
    latencyMs: 850,
    answerText: ANSWER,
    citations: [CITATION],
    confidence: 0.86,
    finishReason: 'stop',
    attempt: 1,
    ...over,
  });

export const modelFailed = (over: Over<typeof modelInvocationFailedV1> = {}) =>
  event(modelInvocationFailedV1, { ...REF, model: 'local-extractive', errorCode: 'GENERATION.THROTTLED', message: 'provider throttled the call', retriable: true, attempt: 1, ...over });

export const outputScreened = (over: Over<typeof outputScreenedV1> = {}) =>
  event(outputScreenedV1, { ...REF, verdict: 'pass', groundingScore: 0.91, findings: [], screenedText: ANSWER, ...over });

export const escalationDecided = (over: Over<typeof escalationDecidedV1> = {}) =>
  event(escalationDecidedV1, { ...REF, escalate: false, reason: 'none', priority: 'normal', ...over });

export const ticketCreated = (over: Over<typeof ticketCreatedV1> = {}) => event(ticketCreatedV1, { ...REF, ticketId: 'tkt-77', system: 'internal', priority: 'normal', ...over });

export const ticketFailed = (over: Over<typeof ticketCreationFailedV1> = {}) =>
  event(ticketCreationFailedV1, { ...REF, system: 'zendesk', errorCode: 'ESCALATION.ZENDESK_UNAVAILABLE', message: 'Zendesk answered 503', retriable: true, attempt: 1, ...over });

export const timeout = (step: WaitStep, attempt: number) => deadlineExpired({ step, attempt });

/** Every reply of a query answered on the first try, up to (not including) the escalation decision. */
export const ANSWERED_UNTIL_DECISION = [submitted(), budgetReserved(), inputScreened(), routed(), retrieved(), passagesScreened(), modelInvoked(), outputScreened()];
