import { ticketClaimedV1 } from './ticket-claimed.v1';
import { agentRepliedV1 } from './agent-replied.v1';
import { ticketResolvedV1 } from './ticket-resolved.v1';
import { csatSubmittedV1 } from './csat-submitted.v1';

/**
 * The human side of an escalation, in the order a ticket meets them: agents act over the
 * escalation service's HTTP API, and these events tell the rest (the customer's stream, audit).
 */
export const SUPPORT_CONTRACTS = [
  ticketClaimedV1,
  agentRepliedV1,
  ticketResolvedV1,
  csatSubmittedV1,
] as const;
