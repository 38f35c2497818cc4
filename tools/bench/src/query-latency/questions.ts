export interface BenchQuestion {
  readonly id: string;
  readonly language: 'en' | 'es';
  readonly text: string;
  /**
   * A fact of the demo help centre (apps/standalone/src/demo-kb) that a right answer contains.
   * Only a sanity count in the report (timing a wrong answer is timing something else); the
   * bench asserts nothing.
   */
  readonly fact: RegExp;
}

/** What a shop's customers ask, each answerable from one page of the demo help centre. Order is fixed: runs are comparable. */
export const QUESTIONS: readonly BenchQuestion[] = [
  { id: 'en-return-window', language: 'en', text: 'How long do I have to return an item?', fact: /30 days/i },
  { id: 'es-return-window', language: 'es', text: '¿Cuánto tiempo tengo para devolver un artículo?', fact: /30 días/i },
  { id: 'en-shipping-cost', language: 'en', text: 'How much does standard shipping cost?', fact: /5\.95|free on orders over/i },
  { id: 'es-shipping-cost', language: 'es', text: '¿Cuánto cuesta el envío estándar?', fact: /5,95|gratis en pedidos/i },
  { id: 'en-payment-methods', language: 'en', text: 'Can I pay with PayPal or Apple Pay?', fact: /paypal|apple pay/i },
  { id: 'es-payment-methods', language: 'es', text: '¿Puedo pagar con PayPal o con tarjeta?', fact: /paypal|visa|mastercard/i },
  { id: 'en-warranty-length', language: 'en', text: 'How long is the warranty on Northwind products?', fact: /(two|2)[- ]year/i },
  { id: 'es-warranty-length', language: 'es', text: '¿Cuánto dura la garantía de los productos?', fact: /(dos|2) años/i },
  { id: 'en-cancel-order', language: 'en', text: 'How do I cancel an order?', fact: /cancel order/i },
  { id: 'es-cancel-order', language: 'es', text: '¿Cómo cancelo un pedido?', fact: /cancelar pedido/i },
  { id: 'en-gift-card-expiry', language: 'en', text: 'Do gift cards expire?', fact: /never expire/i },
  { id: 'es-gift-card-expiry', language: 'es', text: '¿Caducan las tarjetas regalo?', fact: /no caducan/i },
  { id: 'en-refund-time', language: 'en', text: 'When will I get my refund after returning an item?', fact: /business days/i },
  { id: 'es-international-time', language: 'es', text: '¿Cuánto tarda el envío internacional?', fact: /7 y 14 días/i },
  { id: 'en-ship-canada', language: 'en', text: 'Do you ship to Canada, and do I pay import duties?', fact: /duties/i },
  { id: 'es-warranty-coverage', language: 'es', text: '¿Qué cubre la garantía?', fact: /costuras|cremalleras|defectos/i },
  { id: 'en-not-delivered', language: 'en', text: 'My order says delivered but I do not have it. What should I do?', fact: /48 hours/i },
  { id: 'es-payment-failed', language: 'es', text: '¿Por qué ha fallado mi pago?', fact: /facturación|saldo|caducado/i },
  { id: 'en-change-order', language: 'en', text: 'Can I change the delivery address of my order?', fact: /one hour|delivery address/i },
  { id: 'es-track-order', language: 'es', text: '¿Cómo puedo ver el seguimiento de mi pedido?', fact: /seguimiento/i },
];
