import { foldText } from './fold-text';
import { asksForCancellation, asksForRefund } from './refund-or-cancellation';

const refund = (text: string) => asksForRefund(foldText(text));
const cancellation = (text: string) => asksForCancellation(foldText(text));

describe('asksForRefund', () => {
  it.each([
    'Can I get a refund?',
    'I want my money back',
    'Quiero un reembolso',
    '¿Me pueden devolver el dinero?',
    'Je voudrais être remboursé',
    'Ich möchte eine Rückerstattung',
    'Bitte das Geld zurück überweisen',
    '我要退款',
    '请把钱退还给我',
  ])('finds a refund in %p', (text) => {
    expect(refund(text)).toBe(true);
  });

  it.each([
    'Where is my parcel?',
    'How do I return an item?',
    '¿Cuánto tarda el envío?',
    'Quels sont les frais de livraison ?',
    'Die Berichterstattung über Ihre Firma war gut',
    '我的包裹在哪里？',
  ])('finds none in %p', (text) => {
    expect(refund(text)).toBe(false);
  });
});

describe('asksForCancellation', () => {
  it.each([
    'I want to cancel my order',
    'Please terminate my subscription',
    'Quiero cancelar mi pedido',
    'Quiero anular la suscripción',
    'Quiero darme de baja',
    'Je veux annuler ma commande',
    'Je souhaite résilier mon abonnement',
    'Ich möchte meine Bestellung stornieren',
    'Ich will meinen Vertrag kündigen',
    'Ich widerrufe den Kauf',
    '我想取消订单',
    '我要退订',
  ])('finds a cancellation in %p', (text) => {
    expect(cancellation(text)).toBe(true);
  });

  it.each([
    'How long does shipping take?',
    '¿Cuánto cuesta el envío a Madrid?',
    'Quand ma commande sera-t-elle livrée ?',
    'Wann wird meine Bestellung geliefert?',
    '如何获取消费记录？',
    '运费是多少？',
  ])('finds none in %p', (text) => {
    expect(cancellation(text)).toBe(false);
  });
});
