import { orderNumberIn } from './order-number';

describe('orderNumberIn', () => {
  it.each([
    ['Where is my order SW-10041?', 'SW-10041'],
    ['status of #sw-10041 please', 'SW-10041'],
    ['¿Dónde está mi pedido 778812?', '778812'],
    ['Où en est ma commande n° 554433 ?', '554433'],
    ['Wo ist meine Bestellung Nr. 99887?', '99887'],
    ['我的订单 123456 到哪里了？', '123456'],
    ['I ordered it, ref #20441', '20441'],
  ])('finds the order number in %j', (text, expected) => {
    expect(orderNumberIn(text)).toBe(expected);
  });

  it.each(['Call me on 555 123 4567', 'I paid 1299 dollars on 2026-11-02', 'How long do returns take?', 'Is the X-200 tent waterproof?'])('takes nothing from %j', (text) => {
    expect(orderNumberIn(text)).toBeUndefined();
  });
});
