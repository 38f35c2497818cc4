import { createEnvelope, validateEnvelope } from '@sagewire/contracts';
import { orderPlacedV1 } from '../../test/test-contract';
import { decodeMessage, encodeFor, typeOf } from './binary-mode';

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('CloudEvents Kafka binding, binary mode', () => {
  const envelope = createEnvelope(orderPlacedV1, { orderId: 'o-1', publisher: 'p', seq: 7 }, {
    source: '/sagewire/tests', tenantId: 'tenant-a', correlationId: 'q-1', subject: 'conv-1', causationId: 'e-0', traceparent: TRACEPARENT,
    id: 'e-1', time: new Date('2026-11-22T10:00:00Z'),
  });
  const message = encodeFor(orderPlacedV1, envelope);

  it('puts attributes in ce_ headers, the content type in content-type and the payload in the value', () => {
    expect(message.topic).toBe('test.order-placed.v1');
    expect(message.key).toBe('conv-1');
    expect(message.headers).toEqual({
      ce_id: 'e-1', ce_source: '/sagewire/tests', ce_type: 'io.sagewire.test.OrderPlaced.v1', ce_specversion: '1.0',
      ce_time: '2026-11-22T10:00:00.000Z', ce_subject: 'conv-1', 'content-type': 'application/json',
      ce_dataschema: 'urn:sagewire:schema:io.sagewire.test.OrderPlaced.v1', ce_tenantid: 'tenant-a', ce_correlationid: 'q-1',
      ce_causationid: 'e-0', ce_traceparent: TRACEPARENT, traceparent: TRACEPARENT,
    });
    expect(JSON.parse(message.value.toString())).toEqual({ orderId: 'o-1', publisher: 'p', seq: 7 });
  });

  it('round-trips to an envelope that validates against the contract', () => {
    const decoded = decodeMessage({ headers: message.headers ?? {}, value: message.value });
    expect(decoded.ok).toBe(true);
    const validation = decoded.ok ? validateEnvelope(orderPlacedV1, decoded.candidate) : undefined;
    expect(validation).toEqual({ ok: true, envelope });
    expect(typeOf({ headers: message.headers ?? {} })).toBe(orderPlacedV1.type);
  });

  it('reports a value that is not JSON instead of throwing', () => {
    const decoded = decodeMessage({ headers: message.headers ?? {}, value: Buffer.from('{oops') });
    expect(decoded).toEqual({ ok: false, issues: [expect.stringMatching(/^value: not valid JSON/)] });
  });
});
