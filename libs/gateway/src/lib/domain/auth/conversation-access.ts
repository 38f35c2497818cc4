import type { Principal } from '@sagewire/service-kit';

/**
 * Who may touch which conversation, inside one tenant (the tenant filter is in every query):
 * a customer only its own (userId = its subject); admins act for any user of their tenant;
 * agents may read any conversation of their tenant but not speak as the customer.
 */
export type ConversationAccess = 'read' | 'write';

export function mayAccessConversation(principal: Principal, ownerUserId: string, access: ConversationAccess): boolean {
  if (principal.roles.includes('admin')) return true;
  if (access === 'read' && principal.roles.includes('agent')) return true;
  return principal.roles.includes('customer') && principal.subject === ownerUserId;
}

export type ActingUser = { readonly ok: true; readonly userId: string } | { readonly ok: false; readonly message: string };

/** The user a new conversation belongs to: admins name any user, customers only themselves. */
export function actingUser(principal: Principal, requestedUserId: string | undefined): ActingUser {
  if (principal.roles.includes('admin')) return { ok: true, userId: requestedUserId ?? principal.subject };
  if (principal.roles.includes('customer')) {
    if (requestedUserId === undefined || requestedUserId === principal.subject) return { ok: true, userId: principal.subject };
    return { ok: false, message: 'a customer may only act for itself: omit userId or send your own user id' };
  }
  return { ok: false, message: 'only customer access tokens and admin keys may start conversations' };
}
