import type { CommentInput, NewTicketInput, TicketUpdateInput } from './ticket-input';
import { API_VIA, type ZendeskComment, type ZendeskTicket, type ZendeskUser } from './wire';

/** Ids start where a fresh account's would, apart per kind so a mix-up shows in a test. */
const FIRST_TICKET_ID = 1;
const FIRST_USER_ID = 1_000;
const FIRST_COMMENT_ID = 50_000;
const FIRST_AUDIT_ID = 90_000;

/** The audit of one change, as returned beside the ticket by create and update. */
export interface ZendeskAudit {
  readonly id: number;
  readonly ticket_id: number;
  readonly created_at: string;
  readonly author_id: number;
  readonly via: typeof API_VIA;
  readonly events: readonly Record<string, unknown>[];
}

/** Why an update was refused, in the words of a 422's details. */
export type UpdateRefusal = { readonly field: string; readonly description: string; readonly error: string };

/**
 * The account's state: users, tickets and their comments, in memory. Every change stamps
 * `updated_at` and records an audit, as Zendesk does; times come from `now` for tests.
 */
export class ZendeskStore {
  readonly tickets: ZendeskTicket[] = [];
  private readonly comments = new Map<number, ZendeskComment[]>();
  private readonly users: ZendeskUser[] = [];
  private nextTicketId = FIRST_TICKET_ID;
  private nextUserId = FIRST_USER_ID;
  private nextCommentId = FIRST_COMMENT_ID;
  private nextAuditId = FIRST_AUDIT_ID;

  constructor(readonly baseUrl: string, agentEmail: string, private readonly now: () => Date = () => new Date()) {
    this.users.push({ id: this.nextUserId++, name: agentEmail.split('@')[0] ?? agentEmail, email: agentEmail.toLowerCase(), role: 'admin' });
  }

  /** The API user: the submitter of every ticket, and its requester when none is named. */
  get agent(): ZendeskUser {
    return this.users[0]!;
  }

  findUser(id: number): ZendeskUser | undefined {
    return this.users.find((u) => u.id === id);
  }

  ticket(id: number): ZendeskTicket | undefined {
    return this.tickets.find((t) => t.id === id);
  }

  commentsOf(id: number): readonly ZendeskComment[] {
    return this.comments.get(id) ?? [];
  }

  create(input: NewTicketInput): { ticket: ZendeskTicket; audit: ZendeskAudit } {
    const at = zendeskTime(this.now());
    const id = this.nextTicketId++;
    const requesterId = input.requesterId ?? (input.requester ? this.endUser(input.requester).id : this.agent.id);
    const ticket: ZendeskTicket = {
      url: `${this.baseUrl}/api/v2/tickets/${id}.json`, id, external_id: input.externalId, via: API_VIA, created_at: at, updated_at: at,
      type: null, subject: input.subject, raw_subject: input.subject, description: input.comment.body, priority: input.priority,
      status: input.status ?? 'new', requester_id: requesterId, submitter_id: this.agent.id, assignee_id: null, organization_id: null,
      group_id: null, collaborator_ids: [], follower_ids: [], has_incidents: false, is_public: input.comment.public, due_at: null,
      tags: input.tags, custom_fields: input.customFields, satisfaction_rating: null, brand_id: null, allow_channelback: false, allow_attachments: true,
    };
    this.tickets.push(ticket);
    const audit = this.audit(ticket, at, input.comment, [{ type: 'Create', field_name: 'status', value: ticket.status }]);
    return { ticket, audit };
  }

  /** Applies `change`; a closed ticket, or one sent back to `new`, is refused as Zendesk does. */
  update(ticket: ZendeskTicket, change: TicketUpdateInput): { ticket: ZendeskTicket; audit: ZendeskAudit } | UpdateRefusal {
    if (ticket.status === 'closed') return { field: 'status', description: 'Status: closed prevents ticket update', error: 'ClosedTicket' };
    if (change.status === 'new' && ticket.status !== 'new') return { field: 'status', description: 'Status: cannot be set to New', error: 'InvalidValue' };
    const at = zendeskTime(this.now());
    const events: Record<string, unknown>[] = [];
    // An agent's answer to a new ticket opens it, unless the update says otherwise.
    const status = change.status ?? (change.comment && ticket.status === 'new' ? 'open' : undefined);
    if (status !== undefined && status !== ticket.status) {
      events.push({ type: 'Change', field_name: 'status', value: status, previous_value: ticket.status });
      ticket.status = status;
    }
    if (change.priority !== undefined && change.priority !== ticket.priority) {
      events.push({ type: 'Change', field_name: 'priority', value: change.priority, previous_value: ticket.priority });
      ticket.priority = change.priority;
    }
    if (change.subject !== undefined) Object.assign(ticket, { subject: change.subject, raw_subject: change.subject });
    if (change.tags !== undefined) ticket.tags = change.tags;
    ticket.updated_at = at;
    return { ticket, audit: this.audit(ticket, at, change.comment, events) };
  }

  private audit(ticket: ZendeskTicket, at: string, comment: CommentInput | undefined, changes: Record<string, unknown>[]): ZendeskAudit {
    const auditId = this.nextAuditId++;
    const events: Record<string, unknown>[] = [];
    if (comment) {
      const added: ZendeskComment = {
        id: this.nextCommentId++, type: 'Comment', author_id: this.agent.id, body: comment.body, html_body: comment.htmlBody,
        plain_body: comment.body, public: comment.public, attachments: [], audit_id: auditId, via: API_VIA, created_at: at,
        metadata: { system: {}, custom: {} },
      };
      this.comments.set(ticket.id, [...this.commentsOf(ticket.id), added]);
      events.push({ id: added.id, type: 'Comment', author_id: added.author_id, body: added.body, html_body: added.html_body, public: added.public, attachments: [] });
    }
    events.push(...changes.map((e) => ({ id: this.nextCommentId++, ...e })));
    return { id: auditId, ticket_id: ticket.id, created_at: at, author_id: this.agent.id, via: API_VIA, events };
  }

  /** The end user with this email, created on first use (a requester without email is always new). */
  private endUser(requester: { readonly name?: string; readonly email?: string }): ZendeskUser {
    const known = requester.email === undefined ? undefined : this.users.find((u) => u.email === requester.email);
    if (known) return known;
    const user: ZendeskUser = { id: this.nextUserId++, name: requester.name ?? requester.email!.split('@')[0]!, email: requester.email ?? null, role: 'end-user' };
    this.users.push(user);
    return user;
  }
}

/** Zendesk's times are UTC ISO-8601 to the second: `2025-06-12T09:14:06Z`. */
function zendeskTime(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
