import { documentChunkedV1 } from '@sagewire/contracts/ingestion/document-chunked.v1';
import { documentDeletedV1 } from '@sagewire/contracts/ingestion/document-deleted.v1';
import { documentEmbeddedV1 } from '@sagewire/contracts/ingestion/document-embedded.v1';
import { documentIndexedV1 } from '@sagewire/contracts/ingestion/document-indexed.v1';
import { documentIngestionFailedV1 } from '@sagewire/contracts/ingestion/document-ingestion-failed.v1';
import { documentIngestionRolledBackV1 } from '@sagewire/contracts/ingestion/document-ingestion-rolled-back.v1';
import { documentParsedV1 } from '@sagewire/contracts/ingestion/document-parsed.v1';
import { documentRegisteredV1 } from '@sagewire/contracts/ingestion/document-registered.v1';
import { documentVersionActivatedV1 } from '@sagewire/contracts/ingestion/document-version-activated.v1';
import { answerRetractedV1 } from '@sagewire/contracts/query/answer-retracted.v1';
import { commitTokenUsageV1 } from '@sagewire/contracts/query/commit-token-usage.v1';
import { escalationDecidedV1 } from '@sagewire/contracts/query/escalation-decided.v1';
import { inputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { modelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { outputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { queryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import { queryFailedV1 } from '@sagewire/contracts/query/query-failed.v1';
import { releaseTokenBudgetV1 } from '@sagewire/contracts/query/release-token-budget.v1';
import { reserveTokenBudgetV1 } from '@sagewire/contracts/query/reserve-token-budget.v1';
import { ticketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { agentRepliedV1 } from '@sagewire/contracts/support/agent-replied.v1';
import { ticketClaimedV1 } from '@sagewire/contracts/support/ticket-claimed.v1';
import { ticketResolvedV1 } from '@sagewire/contracts/support/ticket-resolved.v1';
import type { EventConsumerSpec } from '@sagewire/service-kit';
import { GATEWAY_EVENTS, GATEWAY_STREAM } from './interface/events/transports';

const conversationEvents = [inputScreenedV1, outputScreenedV1, modelInvokedV1, answerRetractedV1, ticketCreatedV1, queryCompletedV1, queryFailedV1];
/** The human side of an escalation: agents act on the escalation service, the customer hears it here. */
const supportEvents = [ticketClaimedV1, agentRepliedV1, ticketResolvedV1];

/**
 * Two groups: `gateway` is durable (replicas share it; effects once through the inbox);
 * `gateway-stream` is per replica (each sees everything and pushes to its own connections).
 */
export const gatewayConsumers: readonly EventConsumerSpec[] = [
  {
    transportId: GATEWAY_EVENTS,
    groupId: 'gateway',
    contracts: [
      reserveTokenBudgetV1, releaseTokenBudgetV1, commitTokenUsageV1, ...conversationEvents, ...supportEvents,
      documentRegisteredV1, documentParsedV1, documentChunkedV1, documentEmbeddedV1, documentIndexedV1,
      documentVersionActivatedV1, documentIngestionFailedV1, documentIngestionRolledBackV1, documentDeletedV1,
    ],
  },
  { transportId: GATEWAY_STREAM, groupId: 'gateway-stream', perInstance: true, contracts: [...conversationEvents, escalationDecidedV1, ...supportEvents] },
];
