import type { CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import type { TicketReason } from '../handoff/build-summary';
import type { TranscriptTurn } from '../handoff/sentiment-trend';

/** A source the AI answered from, for the agent to check. */
export type TicketCitation = CreateTicketV1['handoff']['citations'][number];

/** Ticket systems outside the platform; the internal agent queue is the platform's own table. */
export type ExternalTicketSystemName = Exclude<CreateTicketV1['system'], 'internal'>;

/** The handoff package as `CreateTicket` carries it today: everything an agent needs to take over. */
export interface NewTicket {
  readonly tenantId: string;
  /** The idempotency key: one query never gets a second ticket. */
  readonly queryId: string;
  readonly conversationId: string;
  readonly userId: string;
  readonly reason: TicketReason;
  readonly priority: CreateTicketV1['priority'];
  /** The saga's summary: why a human takes over, and what was asked. */
  readonly summary: string;
  /** The customer's question with personal data already redacted. */
  readonly question: string;
  /** The AI's screened answer, if it produced one, for the agent to reuse or correct. */
  readonly draftAnswer?: string;
  readonly citations: readonly TicketCitation[];
  /** BCP 47 tag of the conversation's language. */
  readonly language: string;
  /** The screened conversation so far, ending with the question (empty from older producers). */
  readonly transcript: readonly TranscriptTurn[];
  /** The customer's orders the AI looked up while answering. */
  readonly orders: NonNullable<CreateTicketV1['handoff']['orders']>;
}

/** Where the ticket now lives. */
export interface OpenedTicket {
  /** The ticket's id in the external system, as text. */
  readonly externalId: string;
  /** Where an agent opens it, if the system has such a page. */
  readonly url?: string;
}

/**
 * An external ticket system (Zendesk). `open` is idempotent by query id: called again for the
 * same query, after a timeout or a redelivery, it answers with the ticket it already opened.
 * Failures are `AppError`s with `retriable` set; credentials never appear in them.
 */
export interface TicketSystem {
  open(ticket: NewTicket, signal?: AbortSignal): Promise<OpenedTicket>;
}

/** The external systems this process may open tickets in; an absent one is not configured. */
export type ExternalTicketSystems = Readonly<Partial<Record<ExternalTicketSystemName, TicketSystem>>>;

/** A `CreateTicket` for a system with no connection: the saga falls back to the internal queue at once. */
export const TICKET_SYSTEM_NOT_CONFIGURED = 'ESCALATION.TICKET_SYSTEM_NOT_CONFIGURED';
