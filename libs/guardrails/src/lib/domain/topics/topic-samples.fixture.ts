import type { TopicLanguage } from './denied-topic';

/**
 * Test messages for the catalogue, written apart from its examples (not copied from them, not
 * tuned one by one), so the specs measure paraphrases the matcher has not seen.
 */
export const TOPIC_POSITIVES: Readonly<Record<string, Record<TopicLanguage, readonly string[]>>> = {
  'legal-advice': {
    en: [
      'Is it legal to record a phone call without telling the other person?',
      'Can I sue the airline over my lost luggage?',
      'Could my employer be held legally liable for my injury at work?',
      'I need legal advice about my tenancy agreement.',
      'Do I need a lawyer for my custody hearing?',
    ],
    es: [
      '¿Es legal grabar una llamada sin avisar a la otra persona?',
      '¿Puedo demandar a la aerolínea por perder mi maleta?',
      'Necesito asesoramiento legal sobre mi contrato de alquiler.',
      '¿Necesito un abogado para el juicio de custodia?',
    ],
    fr: [
      'Est-ce légal d\'enregistrer un appel sans prévenir l\'autre personne ?',
      'Puis-je poursuivre la compagnie aérienne en justice pour ma valise perdue ?',
      'J\'ai besoin d\'un conseil juridique sur mon bail.',
      'Ai-je besoin d\'un avocat pour l\'audience de garde de mon fils au tribunal ?',
    ],
    de: [
      'Ist es legal, ein Telefonat aufzunehmen, ohne es dem anderen zu sagen?',
      'Kann ich die Fluggesellschaft wegen meines verlorenen Koffers verklagen?',
      'Ich brauche eine Rechtsberatung zu meinem Mietvertrag.',
      'Brauche ich einen Anwalt für die Verhandlung vor Gericht?',
    ],
    zh: ['不告诉对方就录音合法吗？', '行李丢了，我可以起诉航空公司吗？', '我需要一些关于租房合同的法律建议。', '打离婚官司需要律师吗？'],
  },
  'medical-advice': {
    en: [
      'Is it safe to take aspirin while I am pregnant?',
      'What dose of ibuprofen should I give my child for a fever?',
      'I keep getting headaches every morning, should I see a doctor?',
      'Which medicine works best against a migraine?',
    ],
    es: ['¿Es seguro tomar aspirina estando embarazada?', '¿Qué dosis de ibuprofeno le doy a mi hijo para la fiebre?', 'Tengo dolor de cabeza todas las mañanas, ¿debería ir al médico?'],
    fr: ['Est-il sans danger de prendre de l\'aspirine enceinte ?', 'Quelle dose d\'ibuprofène donner à mon enfant pour la fièvre ?', 'J\'ai des migraines tous les matins, dois-je voir un médecin ?'],
    de: ['Darf ich in der Schwangerschaft Aspirin nehmen?', 'Welche Dosis Ibuprofen soll ich meinem Kind bei Fieber geben?', 'Ich habe jeden Morgen Kopfschmerzen, sollte ich zum Arzt gehen?'],
    zh: ['怀孕期间吃阿司匹林安全吗？', '孩子发烧，布洛芬的剂量应该是多少？', '我每天早上都头痛，要不要去看医生？'],
  },
  'investment-advice': {
    en: ['Should I invest my bonus in bitcoin or in index funds?', 'Which stocks should I buy this year?', 'Is gold a good investment for my retirement savings?', 'I need financial advice on my savings.'],
    es: ['¿Debería invertir mi paga extra en bitcoin o en fondos indexados?', '¿Qué acciones me recomiendas comprar este año en la bolsa de valores?', '¿Es el oro una buena inversión para mi jubilación?'],
    fr: ['Devrais-je investir ma prime en bitcoin ou dans des ETF ?', 'Quelles actions acheter cette année en bourse ?', 'L\'or est-il un bon investissement pour ma retraite ?'],
    de: ['Soll ich meinen Bonus in Bitcoin oder in ETFs investieren?', 'Welche Aktien soll ich dieses Jahr kaufen?', 'Ist Gold eine gute Geldanlage für die Altersvorsorge?'],
    zh: ['我的奖金应该投资比特币还是指数基金？', '今年买哪只股票比较好？', '黄金适合作为养老投资吗？'],
  },
  politics: {
    en: ['Who should I vote for in the presidential election?', 'What is your opinion of the prime minister?', 'Do you think the government immigration policy is fair?'],
    es: ['¿Por quién debería votar en las elecciones?', '¿Qué opinas del presidente del gobierno?', '¿Crees que la política de inmigración del gobierno es justa?'],
    fr: ['Pour qui voter à l\'élection présidentielle ?', 'Que pensez-vous du président de la République ?', 'La politique d\'immigration du gouvernement est-elle juste ?'],
    de: ['Wen soll ich bei der Bundestagswahl wählen?', 'Was halten Sie vom Präsidenten?', 'Finden Sie die Einwanderungspolitik der Regierung gerecht?'],
    zh: ['总统选举我应该投票给谁？', '你怎么看总统？', '你觉得政府的移民政策公平吗？'],
  },
  'competitor-comparison': {
    en: ['Is your service better than your competitors?', 'Why should I choose you over your competitors?', 'How does your price compare to other brands?'],
    es: ['¿Es su servicio mejor que el de la competencia?', '¿Por qué elegirlos a ustedes y no a sus competidores?', '¿Cómo es su precio comparado con otras marcas?'],
    fr: ['Votre service est-il meilleur que celui de vos concurrents ?', 'Pourquoi vous choisir plutôt que vos concurrents ?', 'Comment votre prix se compare-t-il aux autres marques ?'],
    de: ['Ist Ihr Service besser als die Konkurrenz?', 'Warum sollte ich Sie statt Ihrer Konkurrenten wählen?', 'Wie ist Ihr Preis im Vergleich zu anderen Marken?'],
    zh: ['你们的服务比竞争对手好吗？', '为什么选你们而不选竞争对手？', '你们的价格和其他品牌比怎么样？'],
  },
};

/**
 * Ordinary support questions, many using a topic's words in their everyday sense ("legal
 * name", "in stock", "política de devoluciones", "ein Konto anlegen", "Gericht" as a dish):
 * none of them may match any catalogue topic.
 */
export const SUPPORT_NEGATIVES: Readonly<Record<TopicLanguage, readonly string[]>> = {
  en: [
    'How long does a refund take to reach my card?', 'My parcel says delivered but it is not here.', 'Is this jacket still in stock in size M?',
    'What is the warranty on the coffee machine?', 'Can I change the shipping address on order 4411?', 'What legal name should I put on the invoice?',
    'Can I pay with bitcoin at checkout?', 'Do you share my data with other companies?', 'My doctor recommended your mattress, do you deliver on Saturdays?',
    'Does this cereal contain nuts? I am allergic.', 'I want to invest in a better laptop, which model has more memory?', 'How do I vote for a feature request?',
    'Can I use my government ID to verify my account?', 'The app crashes on start, what are the symptoms of a corrupt install?', 'How do I add my portfolio link to my profile?',
    'Where can I read your terms of service and legal notice?', 'My order was damaged, can I get a replacement or my money back?', 'Is there a student discount on the annual plan?',
    'Do you price match if a competitor sells it cheaper?', 'My lawyer asked for a copy of my invoice, can you send it?',
  ],
  es: [
    '¿Cuánto tarda el reembolso en llegar a mi tarjeta?', '¿Cuál es su política de devoluciones?', 'Debido a la alta demanda, ¿cuándo llegará mi pedido?',
    'Perdí mi cartera en la tienda, ¿la han encontrado?', '¿El botón está a la derecha o a la izquierda?', '¿Puedo pagar con bitcoin?',
    '¿Qué garantía tiene la cafetera?', '¿Qué acciones debo seguir para cambiar mi contraseña?', 'Mi pedido llegó roto, quiero un cambio.',
    '¿Tienen esta chaqueta en la talla M?',
  ],
  fr: [
    'Combien de temps prend le remboursement ?', 'Quelle est votre politique de retour ?', 'Quelles actions dois-je faire pour réinitialiser mon mot de passe ?',
    'Les avocats que vous vendez sont-ils bio ?', 'Mon colis est marqué livré mais je ne l\'ai pas reçu.', 'Quelle est la garantie de la machine à café ?',
    'Le médecin m\'a conseillé votre matelas, livrez-vous le samedi ?', 'Puis-je modifier l\'adresse de livraison de ma commande ?', 'Le bouton est-il à gauche ou à droite ?',
    'Quelle est votre politique de confidentialité ?',
  ],
  de: [
    'Wie lange dauert die Rückerstattung?', 'Wie kann ich ein Konto anlegen?', 'Welche Größe soll ich wählen?', 'Ist dieses Gericht vegan?',
    'Haben Sie ein Rezept für den Kuchen auf der Verpackung?', 'Welche Farben stehen zur Wahl?', 'Mein Paket ist als zugestellt markiert, aber nicht angekommen.',
    'Wie lange gilt die Garantie für die Kaffeemaschine?', 'Kann ich die Lieferadresse meiner Bestellung ändern?', 'Ist die Jacke in Größe M auf Lager?',
  ],
  zh: [
    '退款多久能到账？', '这个商品还有货吗？', '我的包裹显示已签收，但我没收到。', '咖啡机的保修期是多久？', '可以修改订单的收货地址吗？',
    '政府发的身份证可以用来验证账户吗？', '我想退货，运费由谁承担？', '可以用比特币付款吗？', '我的律师需要一份发票复印件。', '这款外套有M码吗？',
  ],
};
