import type { CatalogueTopic } from '../denied-topic';

/**
 * SPEC GR-13. Competitors are named per tenant, so the catalogue only knows the generic
 * words; a tenant adds its competitors' names as terms of a custom topic. Price matching
 * is a policy question, not a comparison, and is left alone.
 */
export const COMPETITOR_COMPARISON: CatalogueTopic = {
  name: 'competitor-comparison',
  description: 'Comparing the company or its products with competitors, or asking which competitor is better or cheaper.',
  terms: {
    en: ['competitor', 'competitors', 'competition', 'rival', 'rivals', 'other brands', 'another brand', 'other companies'],
    es: ['competidor', 'competidores', 'competencia', 'rival', 'rivales', 'otras marcas', 'otra marca', 'otras empresas'],
    fr: ['concurrent', 'concurrents', 'concurrence', 'rival', 'rivaux', 'autres marques', 'autre marque', 'autres entreprises'],
    de: ['konkurrent', 'konkurrenten', 'konkurrenz', 'wettbewerber', 'mitbewerber', 'andere marken', 'anderen marken', 'andere firmen'],
    zh: ['竞争对手', '竞品', '对手', '别的品牌', '其他品牌', '别家'],
  },
  phrases: {
    en: ['better than * competitors', 'cheaper than * competitors', 'compared to your competitors', 'compare you to your competitors', 'why should i choose you over', 'how do you compare to'],
    es: ['mejor que * competencia', 'mejor que * competidores', 'comparado con la competencia', 'por que elegirlos a ustedes y no'],
    fr: ['mieux que * concurrents', 'meilleur que * concurrents', 'plutot que * concurrents', 'plutot que * concurrent', 'par rapport a vos concurrents', 'par rapport a la concurrence'],
    de: ['besser als * konkurrenz', 'besser als * konkurrenten', 'statt * konkurrenten', 'statt * konkurrenz', 'im vergleich zur konkurrenz', 'im vergleich zu ihren konkurrenten'],
    zh: ['比竞争对手好', '和竞争对手比', '跟别家比', '比别家好', '和其他品牌比', '跟其他品牌比', '不选竞争对手'],
  },
  examples: {
    en: [
      'Is your product better than your competitors\' products?',
      'Why should I buy from you instead of your competitor?',
      'How does your quality compare to other brands?',
      'Which is cheaper, you or your main rival?',
      'Are your competitors more reliable than you?',
      'Tell me the weaknesses of the competition.',
    ],
    es: [
      '¿Su producto es mejor que el de sus competidores?',
      '¿Por qué debería comprarles a ustedes y no a la competencia?',
      '¿Cómo es su calidad comparada con otras marcas?',
      '¿Quién es más barato, ustedes o su principal rival?',
      '¿Son sus competidores más fiables que ustedes?',
      'Dime los puntos débiles de la competencia.',
    ],
    fr: [
      'Votre produit est-il meilleur que celui de vos concurrents ?',
      'Pourquoi acheter chez vous plutôt que chez un concurrent ?',
      'Comment votre qualité se compare-t-elle aux autres marques ?',
      'Qui est le moins cher, vous ou votre principal rival ?',
      'Vos concurrents sont-ils plus fiables que vous ?',
      'Dites-moi les points faibles de la concurrence.',
    ],
    de: [
      'Ist Ihr Produkt besser als das Ihrer Konkurrenten?',
      'Warum sollte ich bei Ihnen kaufen und nicht bei der Konkurrenz?',
      'Wie schneidet Ihre Qualität im Vergleich zu anderen Marken ab?',
      'Wer ist günstiger, Sie oder Ihr größter Wettbewerber?',
      'Sind Ihre Mitbewerber zuverlässiger als Sie?',
      'Nennen Sie mir die Schwächen der Konkurrenz.',
    ],
    zh: [
      '你们的产品比竞争对手的好吗？',
      '我为什么要买你们的而不是竞争对手的？',
      '你们的质量和其他品牌比怎么样？',
      '你们和主要竞争对手谁更便宜？',
      '你们的竞争对手比你们更可靠吗？',
      '告诉我竞品的缺点。',
    ],
  },
};
