import { htmlOfPlain, plainOfHtml } from './comment-text';
import { ZENDESK_PRIORITIES, ZENDESK_STATUSES, type ZendeskCustomField, type ZendeskFieldError, type ZendeskPriority, type ZendeskStatus } from './wire';

/** A comment as given, in both renderings. */
export interface CommentInput {
  readonly body: string;
  readonly htmlBody: string;
  readonly public: boolean;
}

/** What `POST /api/v2/tickets.json` may set, validated. */
export interface NewTicketInput {
  readonly subject: string | null;
  readonly comment: CommentInput;
  readonly requester?: { readonly name?: string; readonly email?: string };
  readonly requesterId?: number;
  readonly priority: ZendeskPriority | null;
  readonly status?: ZendeskStatus;
  readonly tags: string[];
  readonly externalId: string | null;
  readonly customFields: ZendeskCustomField[];
}

/** What `PUT /api/v2/tickets/{id}.json` may change, validated; absent fields stay as they are. */
export interface TicketUpdateInput {
  readonly status?: ZendeskStatus;
  readonly priority?: ZendeskPriority | null;
  readonly subject?: string;
  readonly tags?: string[];
  readonly comment?: CommentInput;
}

/** Field name → its failures, as in the `details` of a 422 `RecordInvalid` body. */
export type FieldErrors = Record<string, ZendeskFieldError[]>;

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly details: FieldErrors };

type Json = Record<string, unknown>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Reads the `ticket` of a create request; a missing one is an empty ticket (blank description). */
export function parseNewTicket(body: unknown): Parsed<NewTicketInput> {
  const ticket = objectAt(body, 'ticket') ?? {};
  const errors: FieldErrors = {};
  const comment = readComment(ticket['comment'], errors, true);
  const requester = readRequester(ticket['requester'], errors);
  const requesterId = ticket['requester_id'];
  if (requesterId !== undefined && requesterId !== null && !isPositiveInt(requesterId)) fail(errors, 'requester', 'Requester: is invalid', 'InvalidValue');
  const priority = readEnum(ticket['priority'], ZENDESK_PRIORITIES, 'priority', 'Priority', errors);
  const status = readEnum(ticket['status'], ZENDESK_STATUSES, 'status', 'Status', errors);
  const subject = readText(ticket['subject'], 'subject', 'Subject', errors);
  const externalId = readExternalId(ticket['external_id'], errors);
  const tags = readTags(ticket['tags'], errors);
  const customFields = readCustomFields(ticket['custom_fields'], errors);
  if (Object.keys(errors).length > 0 || comment === undefined) return { ok: false, details: errors };
  return {
    ok: true,
    value: {
      subject: subject ?? null, comment, priority: priority ?? null, tags: tags ?? [], externalId, customFields: customFields ?? [],
      ...(requester === undefined ? {} : { requester }),
      ...(isPositiveInt(requesterId) ? { requesterId } : {}),
      ...(status === undefined || status === null ? {} : { status }),
    },
  };
}

/** Reads the `ticket` of an update request. */
export function parseTicketUpdate(body: unknown): Parsed<TicketUpdateInput> {
  const ticket = objectAt(body, 'ticket') ?? {};
  const errors: FieldErrors = {};
  const comment = ticket['comment'] === undefined ? undefined : readComment(ticket['comment'], errors, false);
  const status = readEnum(ticket['status'], ZENDESK_STATUSES, 'status', 'Status', errors);
  const priority = readEnum(ticket['priority'], ZENDESK_PRIORITIES, 'priority', 'Priority', errors);
  const subject = readText(ticket['subject'], 'subject', 'Subject', errors);
  const tags = readTags(ticket['tags'], errors);
  if (Object.keys(errors).length > 0) return { ok: false, details: errors };
  return {
    ok: true,
    value: {
      ...(status ? { status } : {}), ...(priority !== undefined ? { priority } : {}), ...(subject ? { subject } : {}),
      ...(tags ? { tags } : {}), ...(comment ? { comment } : {}),
    },
  };
}

/** Tags are single lowercase words: whitespace splits a tag, duplicates collapse. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.flatMap((t) => t.toLowerCase().split(/\s+/)).filter((t) => t.length > 0))];
}

function readComment(value: unknown, errors: FieldErrors, required: boolean): CommentInput | undefined {
  const comment = isObject(value) ? value : {};
  const body = typeof comment['body'] === 'string' ? comment['body'] : undefined;
  const html = typeof comment['html_body'] === 'string' ? comment['html_body'] : undefined;
  const isPublic = comment['public'] === undefined ? true : comment['public'];
  if (typeof isPublic !== 'boolean') fail(errors, 'comment', 'Comment: public must be true or false', 'InvalidValue');
  const plain = html !== undefined && html.trim() !== '' ? plainOfHtml(html) : (body ?? '');
  if (plain.trim() === '') {
    if (required) fail(errors, 'base', 'Description: cannot be blank', 'BlankValue', 'description');
    else fail(errors, 'comment', 'Comment: cannot be blank', 'BlankValue');
    return undefined;
  }
  return { body: plain, htmlBody: html !== undefined && html.trim() !== '' ? html : htmlOfPlain(plain), public: isPublic === true };
}

function readRequester(value: unknown, errors: FieldErrors): { name?: string; email?: string } | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) return fail(errors, 'requester', 'Requester: is invalid', 'InvalidValue');
  const name = value['name'];
  const email = value['email'];
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) return fail(errors, 'requester', 'Requester: Name: is too short (minimum is 1 characters)', 'InvalidValue');
  if (email !== undefined && (typeof email !== 'string' || !EMAIL.test(email))) return fail(errors, 'requester', `Requester: Email: ${String(email)} is not properly formatted`, 'InvalidValue');
  if (name === undefined && email === undefined) return fail(errors, 'requester', 'Requester: Name: is too short (minimum is 1 characters)', 'InvalidValue');
  return { ...(typeof name === 'string' ? { name: name.trim() } : {}), ...(typeof email === 'string' ? { email: email.toLowerCase() } : {}) };
}

function readEnum<T extends string>(value: unknown, allowed: readonly T[], key: string, label: string, errors: FieldErrors): T | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return fail(errors, key, `${label}: ${JSON.stringify(value)} is not valid`, 'InvalidValue');
}

function readText(value: unknown, key: string, label: string, errors: FieldErrors): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return fail(errors, key, `${label}: must be text`, 'InvalidValue');
  if (value.length > 150) return fail(errors, key, `${label}: is too long (maximum is 150 characters)`, 'TooLong');
  return value;
}

function readExternalId(value: unknown, errors: FieldErrors): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return fail(errors, 'external_id', 'External: must be text', 'InvalidValue') ?? null;
  if (value.length > 255) return fail(errors, 'external_id', 'External: is too long (maximum is 255 characters)', 'TooLong') ?? null;
  return value;
}

function readTags(value: unknown, errors: FieldErrors): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((t): t is string => typeof t === 'string')) return fail(errors, 'tags', 'Tags: must be a list of words', 'InvalidValue');
  return normalizeTags(value);
}

function readCustomFields(value: unknown, errors: FieldErrors): ZendeskCustomField[] | undefined {
  if (value === undefined || value === null) return undefined;
  const fields = Array.isArray(value) ? value : [];
  if (!Array.isArray(value) || !fields.every((f) => isObject(f) && isPositiveInt(f['id']))) return fail(errors, 'custom_fields', 'Custom fields: each needs a numeric id', 'InvalidValue');
  return fields.map((f) => ({ id: (f as Json)['id'] as number, value: (f as Json)['value'] ?? null }));
}

function fail(errors: FieldErrors, key: string, description: string, error: string, fieldKey?: string): undefined {
  (errors[key] ??= []).push({ description, error, ...(fieldKey === undefined ? {} : { field_key: fieldKey }) });
  return undefined;
}

function objectAt(value: unknown, key: string): Json | undefined {
  if (!isObject(value)) return undefined;
  const inner = value[key];
  return isObject(inner) ? inner : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPositiveInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}
