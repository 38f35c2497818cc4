import { decideClaim, decideReply, decideResolve, TicketRefusal, type TicketOwnership } from './ticket-lifecycle';

const open: TicketOwnership = { status: 'open' };
const claimedByAnna: TicketOwnership = { status: 'claimed', claimedBy: 'anna' };
const resolvedByAnna: TicketOwnership = { status: 'resolved', claimedBy: 'anna' };

const codeOf = (decision: ReturnType<typeof decideClaim>): string => (decision.kind === 'refused' ? decision.code : decision.kind);

describe('ticket lifecycle', () => {
  it('lets anyone claim an open ticket, repeats a claim for its agent, and refuses everybody else', () => {
    expect(codeOf(decideClaim(open, 'anna'))).toBe('apply');
    expect(codeOf(decideClaim(claimedByAnna, 'anna'))).toBe('unchanged');
    expect(codeOf(decideClaim(claimedByAnna, 'ben'))).toBe(TicketRefusal.CLAIMED_BY_ANOTHER);
    expect(codeOf(decideClaim(resolvedByAnna, 'anna'))).toBe(TicketRefusal.RESOLVED);
  });

  it('lets only the claiming agent reply, and nobody once resolved', () => {
    expect(codeOf(decideReply(open, 'anna'))).toBe(TicketRefusal.NOT_CLAIMED);
    expect(codeOf(decideReply(claimedByAnna, 'anna'))).toBe('apply');
    expect(codeOf(decideReply(claimedByAnna, 'ben'))).toBe(TicketRefusal.CLAIMED_BY_ANOTHER);
    expect(codeOf(decideReply(resolvedByAnna, 'anna'))).toBe(TicketRefusal.RESOLVED);
  });

  it('lets only the claiming agent resolve, once; a repeat by that agent changes nothing', () => {
    expect(codeOf(decideResolve(open, 'anna'))).toBe(TicketRefusal.NOT_CLAIMED);
    expect(codeOf(decideResolve(claimedByAnna, 'anna'))).toBe('apply');
    expect(codeOf(decideResolve(claimedByAnna, 'ben'))).toBe(TicketRefusal.CLAIMED_BY_ANOTHER);
    expect(codeOf(decideResolve(resolvedByAnna, 'anna'))).toBe('unchanged');
    expect(codeOf(decideResolve(resolvedByAnna, 'ben'))).toBe(TicketRefusal.RESOLVED);
  });

  it('says what to do in every refusal', () => {
    const refusal = decideReply(open, 'anna');
    expect(refusal.kind === 'refused' && refusal.message).toContain('/claim');
  });
});
