import { QUESTIONS, type BenchQuestion } from '../query-latency/questions';

/** More of what the demo shop's customers ask, each answered on one page of apps/standalone/src/demo-kb. */
const MORE_QUESTIONS: readonly BenchQuestion[] = [
  { id: 'en-card-brands', language: 'en', text: 'Which credit cards do you accept?', fact: /visa|mastercard|american express/i },
  { id: 'es-express-cost', language: 'es', text: '¿Cuánto cuesta el envío exprés?', fact: /14,95/ },
  { id: 'en-when-charged', language: 'en', text: 'When is my card charged for an order?', fact: /dispatched/i },
  { id: 'es-start-return', language: 'es', text: '¿Cómo inicio una devolución?', fact: /devolución|pedidos/i },
  { id: 'en-express-cost', language: 'en', text: 'How much does express shipping cost?', fact: /14\.95/ },
  { id: 'es-refund-time', language: 'es', text: '¿Cuándo recibiré mi reembolso?', fact: /días hábiles/i },
  { id: 'en-worn-shoes', language: 'en', text: 'Can I return boots that I wore outside?', fact: /indoors|worn soles/i },
  { id: 'es-not-covered', language: 'es', text: '¿Qué no cubre la garantía?', fact: /desgaste|accidentes/i },
  { id: 'en-return-shipping', language: 'en', text: 'Is return shipping free?', fact: /free within the united states/i },
  { id: 'es-change-order', language: 'es', text: '¿Puedo cambiar la dirección de entrega de mi pedido?', fact: /una hora|dirección/i },
  { id: 'en-claim-reply', language: 'en', text: 'How soon do you reply to a warranty claim?', fact: /5 business days/i },
  { id: 'es-warranty-claim', language: 'es', text: '¿Cómo presento una reclamación de garantía?', fact: /reclamación/i },
  { id: 'en-not-covered', language: 'en', text: 'What does the warranty not cover?', fact: /wear and tear|accidents/i },
  { id: 'es-payment-methods-2', language: 'es', text: '¿Aceptan Apple Pay o Google Pay?', fact: /apple pay|google pay/i },
  { id: 'en-gift-cards-per-order', language: 'en', text: 'How many gift cards can I use on one order?', fact: /five/i },
  { id: 'es-sunday-delivery', language: 'es', text: '¿Entregan los domingos?', fact: /domingos/i },
  { id: 'en-international-time', language: 'en', text: 'How long does international standard shipping take?', fact: /7 to 14/i },
  { id: 'es-exchange-size', language: 'es', text: '¿Puedo cambiar un artículo por otra talla?', fact: /cambio|talla/i },
  { id: 'en-exchange-size', language: 'en', text: 'Can I exchange a jacket for a different size?', fact: /exchange/i },
  { id: 'en-sunday-delivery', language: 'en', text: 'Do you deliver on Sundays?', fact: /sundays/i },
];

/**
 * Wordings put before a question once the list has been used (the first round is as written),
 * so that every question of a run is distinct: the response cache is off too, but a question
 * asked twice would still measure a warmer path than the first ask. The words are ones the
 * answer's retrieval ignores or shares with every page, so each variant still lands on its page.
 */
const WORDINGS: Readonly<Record<BenchQuestion['language'], readonly string[]>> = {
  en: ['', 'Quick question: ', 'Please tell me: ', 'I would like to know: ', 'One more thing. '],
  es: ['', 'Una pregunta: ', 'Por favor, dime: ', 'Quisiera saber: ', 'Otra cosa. '],
};

const BASE = [...QUESTIONS, ...MORE_QUESTIONS];

export const DISTINCT_QUESTIONS = BASE.length * WORDINGS.en.length;

/**
 * Every distinct question, in a fixed order: the base list as written, then again in the next
 * wording, and so on. Measured questions are taken from the start and warm-up questions from
 * the end, so the measured ones are the same whatever --warmup is, and none is asked twice.
 */
export function questionPlan(measured: number, warmUp: number): { readonly warmUp: BenchQuestion[]; readonly measured: BenchQuestion[] } {
  if (measured + warmUp > DISTINCT_QUESTIONS) throw new RangeError(`only ${DISTINCT_QUESTIONS} distinct questions; asked for ${measured + warmUp}`);
  const all = Array.from({ length: DISTINCT_QUESTIONS }, (_, k) => {
    const base = BASE[k % BASE.length]!;
    const round = Math.floor(k / BASE.length);
    return { ...base, id: round === 0 ? base.id : `${base.id}#${round}`, text: `${WORDINGS[base.language][round]!}${base.text}` };
  });
  return { warmUp: all.slice(all.length - warmUp), measured: all.slice(0, measured) };
}
