import { createEnvelope } from '@sagewire/contracts';
import { inputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { QUERY_CONTRACTS } from '@sagewire/contracts/query/query-contracts';
import { tokenBudgetReleasedV1 } from '@sagewire/contracts/query/token-budget-released.v1';
import { QUERY_SAGA_INPUT_CONTRACTS, sagaInputFromEnvelope } from './query-saga.inputs';
import { QUERY_SAGA_OUTPUT_CONTRACTS } from './query-saga.messages';
import { inputScreened, REF, TENANT } from './testing/query-saga.fixtures';

const envelopeContext = { source: '/sagewire/guardrails', tenantId: TENANT, correlationId: REF.queryId, subject: REF.conversationId };

describe('sagaInputFromEnvelope', () => {
  it('turns a consumed CloudEvent into a typed input carrying its tenant', () => {
    const envelope = createEnvelope(inputScreenedV1, inputScreened().data, envelopeContext);
    expect(sagaInputFromEnvelope(envelope)).toEqual(inputScreened());
  });

  it('returns undefined for a type the saga does not consume', () => {
    const released = createEnvelope(tokenBudgetReleasedV1, { ...REF, reservationId: 'res-1', releasedTokens: 2000 }, envelopeContext);
    expect(sagaInputFromEnvelope(released)).toBeUndefined();
  });

  it('throws on a payload its contract rejects, so the consumer retries and dead-letters it', () => {
    const envelope = { ...createEnvelope(inputScreenedV1, inputScreened().data, envelopeContext), data: { ...REF, verdict: 'maybe' } };
    expect(() => sagaInputFromEnvelope(envelope)).toThrow();
  });
});

describe('query saga contracts', () => {
  it('subscribes to events and emits commands and events, all registered query contracts', () => {
    const registered = new Set<string>(QUERY_CONTRACTS.map((c) => c.type));
    for (const c of [...QUERY_SAGA_INPUT_CONTRACTS, ...QUERY_SAGA_OUTPUT_CONTRACTS]) expect(registered.has(c.type)).toBe(true);
    expect(QUERY_SAGA_INPUT_CONTRACTS.every((c) => c.kind === 'event')).toBe(true);
    const inputs = new Set<string>(QUERY_SAGA_INPUT_CONTRACTS.map((c) => c.type));
    expect(QUERY_SAGA_OUTPUT_CONTRACTS.some((c) => inputs.has(c.type))).toBe(false);
  });
});
