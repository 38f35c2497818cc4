import { orderReply } from './order-reply';

const SHIPPED = { kind: 'found', orderId: 'SW-10041', status: 'shipped', carrier: 'UPS', trackingNumber: '1Z999', estimatedDelivery: '2026-11-24T09:00:00Z' } as const;

describe('orderReply', () => {
  it('states status, carrier, tracking number and the estimated day', () => {
    expect(orderReply(SHIPPED, 'en')).toBe('Your order SW-10041 is on its way. It ships with UPS, tracking number 1Z999. Estimated delivery: 2026-11-24.');
  });

  it("answers in the customer's language, falling back to English", () => {
    expect(orderReply(SHIPPED, 'es-MX')).toContain('Tu pedido SW-10041 está en camino.');
    expect(orderReply(SHIPPED, 'de')).toContain('Sendungsnummer 1Z999');
    expect(orderReply(SHIPPED, 'zh')).toBe('您的订单 SW-10041 已发货。承运商为 UPS，运单号 1Z999。预计送达：2026-11-24。');
    expect(orderReply(SHIPPED, 'pt')).toBe(orderReply(SHIPPED, 'en'));
  });

  it('gives no delivery estimate for a delivered order, and one sentence for every other outcome', () => {
    expect(orderReply({ ...SHIPPED, status: 'delivered' }, 'en')).not.toContain('Estimated');
    expect(orderReply({ kind: 'not_found', orderId: 'SW-1' }, 'fr')).toContain('Je ne trouve pas de commande SW-1');
    expect(orderReply({ kind: 'not_signed_in', orderId: 'SW-1' }, 'en')).toBe('Please sign in so that I can look up your order.');
    expect(orderReply({ kind: 'unavailable', orderId: 'SW-1' }, 'en')).toMatch(/can't look up orders right now/);
  });
});
