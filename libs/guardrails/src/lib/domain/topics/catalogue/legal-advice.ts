import type { CatalogueTopic } from '../denied-topic';

/**
 * SPEC GR-14. A customer threatening to sue is not asking for advice: "sue you" and "my
 * lawyer" are left to escalation's legal-threat rule, so only asking *whether* or *how* to
 * take legal steps, or whether something is legal, counts here.
 */
export const LEGAL_ADVICE: CatalogueTopic = {
  name: 'legal-advice',
  description: 'Requests for legal advice: whether something is legal, what someone\'s legal rights are, whether or how to sue or go to court.',
  terms: {
    en: ['lawyer', 'lawyers', 'attorney', 'solicitor', 'lawsuit', 'sue', 'suing', 'legal', 'legally', 'illegal', 'unlawful', 'liable', 'liability', 'court', 'judge', 'litigation', 'custody', 'divorce', 'eviction', 'copyright'],
    es: ['abogado', 'abogada', 'abogados', 'demanda', 'demandar', 'legal', 'ilegal', 'legalmente', 'tribunal', 'tribunales', 'juicio', 'juez', 'pleito', 'litigio', 'divorcio', 'custodia', 'desahucio'],
    fr: ['avocat', 'avocate', 'avocats', 'proces', 'legal', 'legale', 'illegal', 'illegale', 'legalement', 'juridique', 'juridiques', 'tribunal', 'juge', 'litige', 'divorce', 'expulsion', 'justice'],
    de: ['anwalt', 'anwaltin', 'rechtsanwalt', 'klage', 'klagen', 'verklagen', 'gericht', 'legal', 'illegal', 'rechtlich', 'rechtliche', 'rechtswidrig', 'haftbar', 'haftung', 'scheidung', 'sorgerecht', 'richter'],
    zh: ['律师', '起诉', '诉讼', '法律', '合法', '违法', '非法', '法院', '法官', '打官司', '离婚', '抚养权'],
  },
  phrases: {
    en: ['legal advice', 'is it legal', 'is this legal', 'is that legal', 'is it illegal', 'is this illegal', 'can i sue', 'should i sue', 'could i sue', 'can i take * to court', 'my legal rights', 'do i need a lawyer', 'against the law', 'legally binding'],
    es: ['asesoramiento legal', 'asesoria legal', 'consejo legal', 'asesoramiento juridico', 'es legal', 'es ilegal', 'puedo demandar', 'deberia demandar', 'puedo llevar * a juicio', 'mis derechos legales', 'necesito un abogado', 'contra la ley'],
    fr: ['conseil juridique', 'conseils juridiques', 'avis juridique', 'est-ce legal', 'est ce legal', 'c\'est legal', 'est-il legal', 'est-il illegal', 'est-ce illegal', 'poursuivre * en justice', 'porter plainte', 'besoin d\'un avocat', 'mes droits legaux'],
    de: ['rechtsberatung', 'rechtlichen rat', 'rechtliche beratung', 'ist das legal', 'ist es legal', 'ist das illegal', 'ist es illegal', 'kann ich klagen', 'soll ich klagen', 'kann ich * verklagen', 'soll ich * verklagen', 'brauche ich einen anwalt', 'gegen das gesetz'],
    zh: ['法律建议', '法律咨询', '法律意见', '合法吗', '是否合法', '违法吗', '能起诉', '可以起诉', '需要律师吗', '要请律师'],
  },
  examples: {
    en: [
      'Can I sue my landlord for not returning my deposit?',
      'Is it legal for my employer to read my private emails?',
      'Do I need a lawyer to contest a parking fine in court?',
      'What are my legal rights if the seller refuses to honour the contract?',
      'Could you give me legal advice about my divorce settlement?',
      'Am I legally liable if someone gets hurt on my property?',
      'How do I file a lawsuit in small claims court?',
    ],
    es: [
      '¿Puedo demandar a mi casero por no devolverme la fianza?',
      '¿Es legal que mi empresa lea mis correos privados?',
      '¿Necesito un abogado para recurrir una multa ante el tribunal?',
      '¿Qué derechos legales tengo si el vendedor no cumple el contrato?',
      'Dame asesoramiento legal sobre mi divorcio.',
      '¿Soy responsable legalmente si alguien se lesiona en mi casa?',
      '¿Cómo presento una demanda en el juzgado?',
    ],
    fr: [
      'Puis-je poursuivre mon propriétaire en justice pour récupérer ma caution ?',
      'Est-il légal que mon employeur lise mes e-mails privés ?',
      'Ai-je besoin d\'un avocat pour contester une amende au tribunal ?',
      'Quels sont mes droits juridiques si le vendeur ne respecte pas le contrat ?',
      'Donnez-moi un conseil juridique sur mon divorce.',
      'Suis-je responsable légalement si quelqu\'un se blesse chez moi ?',
      'Comment engager un procès contre mon ancien employeur ?',
    ],
    de: [
      'Kann ich meinen Vermieter verklagen, weil er die Kaution nicht zurückzahlt?',
      'Ist es legal, dass mein Arbeitgeber meine privaten E-Mails liest?',
      'Brauche ich einen Anwalt, um einen Bußgeldbescheid vor Gericht anzufechten?',
      'Welche rechtlichen Ansprüche habe ich, wenn der Verkäufer den Vertrag nicht erfüllt?',
      'Geben Sie mir eine Rechtsberatung zu meiner Scheidung.',
      'Bin ich haftbar, wenn sich jemand auf meinem Grundstück verletzt?',
      'Wie reiche ich eine Klage gegen meinen früheren Arbeitgeber ein?',
    ],
    zh: [
      '我可以起诉房东不退押金吗？',
      '我的雇主看我的私人邮件合法吗？',
      '在法院对罚单提出异议需要请律师吗？',
      '如果卖家不履行合同，我有哪些法律权利？',
      '请给我一些关于离婚的法律建议。',
      '如果有人在我家受伤，我要承担法律责任吗？',
      '我该怎么向法院提起诉讼？',
    ],
  },
};
