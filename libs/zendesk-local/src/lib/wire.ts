/**
 * Zendesk Support API v2 objects as they travel over the wire (snake_case, ids as numbers,
 * ISO-8601 UTC times), limited to the fields this server fills. Unlisted fields of the real
 * API are absent rather than invented.
 */

export type ZendeskPriority = 'urgent' | 'high' | 'normal' | 'low';
export type ZendeskStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';

export const ZENDESK_PRIORITIES: readonly ZendeskPriority[] = ['urgent', 'high', 'normal', 'low'];
export const ZENDESK_STATUSES: readonly ZendeskStatus[] = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];

export interface ZendeskVia {
  readonly channel: 'api';
  readonly source: { readonly from: Record<string, never>; readonly to: Record<string, never>; readonly rel: null };
}

export interface ZendeskCustomField {
  readonly id: number;
  readonly value: unknown;
}

export interface ZendeskTicket {
  /** The ticket's API address (`…/api/v2/tickets/{id}.json`), not the agent's view of it. */
  url: string;
  id: number;
  external_id: string | null;
  via: ZendeskVia;
  created_at: string;
  updated_at: string;
  type: null;
  subject: string | null;
  raw_subject: string | null;
  /** The first comment's plain text. */
  description: string;
  priority: ZendeskPriority | null;
  status: ZendeskStatus;
  requester_id: number;
  submitter_id: number;
  assignee_id: null;
  organization_id: null;
  group_id: null;
  collaborator_ids: number[];
  follower_ids: number[];
  has_incidents: false;
  /** False when the first comment is a private note. */
  is_public: boolean;
  due_at: null;
  tags: string[];
  custom_fields: ZendeskCustomField[];
  satisfaction_rating: null;
  brand_id: null;
  allow_channelback: false;
  allow_attachments: true;
}

export interface ZendeskComment {
  id: number;
  type: 'Comment';
  author_id: number;
  body: string;
  html_body: string;
  plain_body: string;
  public: boolean;
  attachments: never[];
  audit_id: number;
  via: ZendeskVia;
  created_at: string;
  metadata: { system: Record<string, never>; custom: Record<string, never> };
}

export interface ZendeskUser {
  readonly id: number;
  readonly name: string;
  readonly email: string | null;
  readonly role: 'admin' | 'end-user';
}

/** One field's validation failure in a 422 `RecordInvalid` body. */
export interface ZendeskFieldError {
  readonly description: string;
  readonly error: string;
  readonly field_key?: string;
}

export const API_VIA: ZendeskVia = { channel: 'api', source: { from: {}, to: {}, rel: null } };
