import type { Principal } from '@sagewire/service-kit';
import { actingUser, mayAccessConversation } from './conversation-access';

const customer: Principal = { tenantId: 't1', subject: 'user-1', roles: ['customer'] };
const admin: Principal = { tenantId: 't1', subject: 'key-1', roles: ['admin'] };
const agent: Principal = { tenantId: 't1', subject: 'agent-1', roles: ['agent'] };

describe('conversation access', () => {
  it('lets a customer touch only its own conversations', () => {
    expect(mayAccessConversation(customer, 'user-1', 'write')).toBe(true);
    expect(mayAccessConversation(customer, 'user-2', 'read')).toBe(false);
  });

  it('lets admins act for any user and agents only read', () => {
    expect(mayAccessConversation(admin, 'user-2', 'write')).toBe(true);
    expect(mayAccessConversation(agent, 'user-2', 'read')).toBe(true);
    expect(mayAccessConversation(agent, 'user-2', 'write')).toBe(false);
  });

  it('resolves the acting user', () => {
    expect(actingUser(admin, 'user-9')).toEqual({ ok: true, userId: 'user-9' });
    expect(actingUser(admin, undefined)).toEqual({ ok: true, userId: 'key-1' });
    expect(actingUser(customer, undefined)).toEqual({ ok: true, userId: 'user-1' });
    expect(actingUser(customer, 'user-2').ok).toBe(false);
    expect(actingUser(agent, undefined).ok).toBe(false);
  });
});
