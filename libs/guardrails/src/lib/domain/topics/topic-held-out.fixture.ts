import type { TopicLanguage } from './denied-topic';

/**
 * Held-out messages: written after the catalogue was tuned on `topic-samples.fixture.ts` and
 * never tuned on since. Set 2 was written first; looking at its misses led to the asking
 * cues, so only set 3 is untouched. The specs pin their recall as a floor (the honest
 * figure, see the README), not message by message.
 */
type Samples = Readonly<Record<string, Partial<Record<TopicLanguage, readonly string[]>>>>;

export const HELD_OUT_2: Samples = {
  'legal-advice': {
    en: ['Is it against the law to resell concert tickets above face value?', 'My ex won\'t let me see the kids, what are my options in court?', 'Would a judge side with me if my contractor never finished the job?'],
    es: ['¿Es ilegal revender entradas por encima de su precio?', 'Mi expareja no me deja ver a los niños, ¿qué puedo hacer ante un juez?'],
    fr: ['Est-il illégal de revendre des billets de concert plus cher ?', 'Mon ex m\'empêche de voir les enfants, que puis-je faire devant le juge ?'],
    de: ['Ist es illegal, Konzertkarten teurer weiterzuverkaufen?', 'Mein Ex lässt mich die Kinder nicht sehen, was kann ich vor Gericht tun?'],
    zh: ['高价转卖演唱会门票违法吗？', '前任不让我见孩子，我在法院能怎么做？'],
  },
  'medical-advice': {
    en: ['My throat has been sore for a week, do I need antibiotics?', 'Can I drink alcohol while taking this medication?', 'What are the side effects of stopping my antidepressants?'],
    es: ['Me duele la garganta desde hace una semana, ¿necesito antibióticos?', '¿Puedo beber alcohol si estoy tomando este medicamento?'],
    fr: ['J\'ai mal à la gorge depuis une semaine, ai-je besoin d\'antibiotiques ?', 'Puis-je boire de l\'alcool avec ce médicament ?'],
    de: ['Ich habe seit einer Woche Halsschmerzen, brauche ich Antibiotika?', 'Darf ich Alkohol trinken, während ich dieses Medikament nehme?'],
    zh: ['我喉咙痛了一个星期，需要吃抗生素吗？', '吃这个药的时候可以喝酒吗？'],
  },
  'investment-advice': {
    en: ['Are Apple shares going to rise after the earnings report?', 'Is it smarter to pay off my mortgage or invest in the stock market?', 'Which ETF has the best returns for a beginner?'],
    es: ['¿Van a subir las acciones de Apple después de los resultados?', '¿Es mejor pagar la hipoteca o invertir en bolsa?'],
    fr: ['Les actions Apple vont-elles monter après les résultats ?', 'Vaut-il mieux rembourser mon prêt ou investir en bourse ?'],
    de: ['Steigen die Apple-Aktien nach den Quartalszahlen?', 'Soll ich lieber den Kredit tilgen oder in Aktien investieren?'],
    zh: ['财报出来后苹果股票会涨吗？', '提前还房贷还是拿钱去炒股更划算？'],
  },
  politics: {
    en: ['Which candidate do you support in the election?', 'Do you think the president is doing a good job?', 'Are you for or against stricter immigration laws?'],
    es: ['¿Qué candidato apoyas en las elecciones?', '¿Crees que el presidente lo está haciendo bien?'],
    fr: ['Quel candidat soutenez-vous aux élections ?', 'Pensez-vous que le président fait du bon travail ?'],
    de: ['Welchen Kandidaten unterstützen Sie bei der Wahl?', 'Macht der Bundeskanzler Ihrer Meinung nach einen guten Job?'],
    zh: ['这次选举你支持哪个候选人？', '你觉得总统干得好吗？'],
  },
  'competitor-comparison': {
    en: ['What makes you different from your biggest competitor?', 'Is the competition\'s warranty longer than yours?', 'Should I go with another brand instead?'],
    es: ['¿Qué os diferencia de vuestro mayor competidor?', '¿La garantía de la competencia es más larga que la suya?'],
    fr: ['Qu\'est-ce qui vous distingue de votre principal concurrent ?', 'La garantie de la concurrence est-elle plus longue que la vôtre ?'],
    de: ['Was unterscheidet Sie von Ihrem größten Konkurrenten?', 'Ist die Garantie der Konkurrenz länger als Ihre?'],
    zh: ['你们和最大的竞争对手有什么区别？', '竞争对手的保修期比你们长吗？'],
  },
};

export const HELD_OUT_3: Samples = {
  'legal-advice': {
    en: ['My boss fired me while I was on sick leave, is that even allowed by law?', 'Should I hire an attorney to fight my speeding ticket?'],
    es: ['Mi jefe me despidió estando de baja, ¿puedo denunciarlo ante un tribunal?', '¿Me conviene contratar un abogado para el accidente de tráfico?'],
    fr: ['Mon patron m\'a licencié pendant un arrêt maladie, dois-je prendre un avocat ?', 'Un propriétaire a-t-il le droit légal de garder tout le dépôt ?'],
    de: ['Mein Chef hat mich während der Krankschreibung gekündigt, soll ich einen Anwalt nehmen?', 'Darf mein Vermieter rechtlich die ganze Kaution behalten?'],
    zh: ['老板在我病假期间把我开除了，我应该找律师吗？', '房东扣下全部押金是违法的吗？'],
  },
  'medical-advice': {
    en: ['My blood pressure reading was 160 over 100 this morning, is that dangerous?', 'Can I give my toddler adult cough medicine?'],
    es: ['Tengo la tensión arterial en 16/10, ¿es peligroso?', '¿Le puedo dar a mi niño un medicamento para la tos de adultos?'],
    fr: ['Ma tension artérielle est à 16/10 ce matin, est-ce dangereux ?', 'Puis-je donner un médicament contre la toux pour adultes à mon enfant ?'],
    de: ['Mein Blutdruck war heute Morgen 160 zu 100, ist das gefährlich?', 'Kann ich meinem Kleinkind ein Hustenmedikament für Erwachsene geben?'],
    zh: ['我今天早上血压160/100，危险吗？', '可以给小孩吃成人的止咳药吗？'],
  },
  'investment-advice': {
    en: ['Do you think bitcoin will hit a new high this year?', 'Should I move my pension into an ETF?'],
    es: ['¿Crees que el bitcoin llegará a un nuevo máximo este año?', '¿Debería pasar mi plan de pensiones a un fondo indexado?'],
    fr: ['Pensez-vous que le bitcoin atteindra un nouveau record cette année ?', 'Devrais-je transférer mon épargne retraite vers un ETF ?'],
    de: ['Glauben Sie, dass Bitcoin dieses Jahr ein neues Hoch erreicht?', 'Soll ich meine Altersvorsorge in einen ETF umschichten?'],
    zh: ['你觉得比特币今年会创新高吗？', '我应该把养老金转到指数基金吗？'],
  },
  politics: {
    en: ['Is the new tax law from congress good for workers?', 'Which party will win the parliament election?'],
    es: ['¿La nueva ley fiscal del congreso es buena para los trabajadores?', '¿Qué partido ganará las elecciones al parlamento?'],
    fr: ['La nouvelle loi fiscale du parlement est-elle bonne pour les salariés ?', 'Quel parti va gagner les élections législatives ?'],
    de: ['Ist das neue Steuergesetz der Regierung gut für Arbeitnehmer?', 'Welche Partei gewinnt die Bundestagswahl?'],
    zh: ['国会的新税法对工人有好处吗？', '哪个政党会赢得这次选举？'],
  },
  'competitor-comparison': {
    en: ['Honestly, are your rivals cheaper and better than you?', 'Do your competitors offer faster support than you?'],
    es: ['Sinceramente, ¿sus rivales son más baratos y mejores que ustedes?', '¿Sus competidores ofrecen un soporte más rápido?'],
    fr: ['Franchement, vos concurrents sont-ils moins chers et meilleurs que vous ?', 'Vos concurrents offrent-ils un support plus rapide ?'],
    de: ['Ehrlich gesagt, sind Ihre Konkurrenten billiger und besser als Sie?', 'Bieten Ihre Mitbewerber schnelleren Support?'],
    zh: ['说实话，你们的竞争对手是不是更便宜更好？', '你们的竞争对手客服响应更快吗？'],
  },
};

/** Ordinary questions that use a topic's words; none may match. */
export const HARD_NEGATIVES: readonly string[] = [
  'My doctor says I am pregnant, do you sell maternity jeans?', 'The court shoes I ordered are too small, can I swap them?', 'Is the charger legal to use in the EU?',
  'Is this item in stock at the Berlin store?', 'How do I vote in the customer poll?', 'Can I invest the gift card balance into a bigger order?',
  'My account says my subscription is illegal, what does that mean?', 'Where do I send the copyright notice for a product photo?',
  'Mi médico me recomendó este colchón, ¿hacen envíos a Canarias?', 'Le juge de la course a-t-il reçu ma commande ?', 'Wo finde ich das Impressum und die rechtlichen Hinweise?',
  'Sind die Aktien-Sammelkarten wieder verfügbar?', '这个药盒的尺寸是多少？', '选举结果页面打不开怎么办？', 'The president of our club ordered 20 shirts, when will they ship?',
  'I need the invoice for my accountant before the tax deadline.', 'My doctor wants a copy of the receipt for the hearing aid.', 'Can my lawyer pick up the parcel on my behalf?',
  'Does the blood pressure monitor come with a warranty?', 'Is the crypto wallet app available on Android?', 'The election poster order arrived damaged.',
  '¿El tensiómetro tiene garantía?', 'Mon avocat peut-il récupérer le colis à ma place ?', 'Hat das Blutdruckmessgerät Garantie?', '我的律师可以代我取包裹吗？',
  'Can I return the legal pad notebooks?', 'Do you ship medicine cabinets to Canada?', 'Which of your stocks of printer paper are recycled?', 'Who is the president of your company?',
  'My political science textbook has missing pages.',
];
