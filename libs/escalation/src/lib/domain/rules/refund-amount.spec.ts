import { foldText } from './fold-text';
import { parseAmount, requestedRefund } from './refund-amount';

const refundIn = (question: string) => requestedRefund(foldText(question))?.value;

describe('parseAmount', () => {
  it.each([
    ['600', 600],
    ['1,200.50', 1200.5],
    ['1.200,50', 1200.5],
    ['1.200', 1200],
    ['1,200', 1200],
    ["1'200", 1200],
    ['49.99', 49.99],
    ['12,5', 12.5],
  ])('reads %p as %p', (written, value) => {
    expect(parseAmount(written)).toBe(value);
  });
});

describe('requestedRefund', () => {
  it.each([
    ['I want a refund of $600', 600],
    ['Please refund 600 USD to my card', 600],
    ['I need my money back: 1,200.50 for the two chairs', 1200.5],
    ['Quiero un reembolso de 750 euros', 750],
    ['Exijo la devolución del dinero, 1.200,50 €', 1200.5],
    ['Je demande le remboursement de €750', 750],
    ['Ich möchte eine Rückerstattung von 1.200,50 €', 1200.5],
    ['Bitte um Erstattung: 80 EUR', 80],
    ['我要退款800元', 800],
    ['请退款 800 元', 800],
  ])('finds the amount in %p', (question, value) => {
    expect(refundIn(question)).toBe(value);
  });

  it('takes the largest amount in the refund sentence', () => {
    expect(refundIn('Refund $20 shipping and $650 for the TV')).toBe(650);
  });

  it.each([
    'Can I get a refund?',
    'Refund for order 600123, please',
    'I paid $900 last year. How do refunds work?',
    'The TV cost $900',
    '¿Puedo pedir un reembolso del pedido 4521?',
    'Ich habe 900 € bezahlt. Wie funktioniert die Erstattung?',
    '我买了800元的东西。怎么退款？',
  ])('finds no refund amount in %p', (question) => {
    expect(refundIn(question)).toBeUndefined();
  });
});
