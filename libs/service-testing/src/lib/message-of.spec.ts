import { ALL_CONTRACTS, validateEnvelope } from '@sagewire/contracts';
import { messageOf } from './message-of';

describe('messageOf', () => {
  it.each(ALL_CONTRACTS.map((contract) => [contract.type, contract] as const))('builds a valid %s with a fresh id', (_type, contract) => {
    const first = messageOf(contract);
    const second = messageOf(contract);
    expect(validateEnvelope(contract, first)).toMatchObject({ ok: true });
    expect(first.id).not.toBe(second.id);
  });

  it('applies overrides on top of the golden payload', () => {
    const created = ALL_CONTRACTS.find((c) => c.type === 'io.sagewire.query.TicketCreated.v1')!;
    const message = messageOf(created, { ticketId: 'tck_fixed' } as never);
    expect((message.data as { ticketId: string }).ticketId).toBe('tck_fixed');
  });
});
