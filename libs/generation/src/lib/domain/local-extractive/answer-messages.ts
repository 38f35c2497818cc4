/** Fixed texts of the local answerer in each supported language. */
export interface AnswerMessages {
  /** Put before the quoted sentences, on the same line, so it is screened with the first one. */
  leadIn: string;
  /**
   * The whole answer when the help centre has nothing relevant; it offers a human instead.
   * One sentence on purpose: output screening runs per streamed sentence, and only the
   * sentence carrying the "I don't know" phrase is exempt from the grounding check.
   */
  noAnswer: string;
}

const MESSAGES: Readonly<Record<string, AnswerMessages>> = {
  en: {
    leadIn: 'Here is what our help centre says:',
    noAnswer: "I don't know the answer to that from our help centre, but I can put you in touch with a member of our team.",
  },
  es: {
    leadIn: 'Esto es lo que dice nuestro centro de ayuda:',
    noAnswer: 'No sé la respuesta a eso según nuestro centro de ayuda, pero puedo ponerte en contacto con una persona de nuestro equipo.',
  },
  fr: {
    leadIn: "Voici ce qu'indique notre centre d'aide :",
    noAnswer: "Je ne sais pas répondre à cela à partir de notre centre d'aide, mais je peux vous mettre en relation avec un conseiller.",
  },
  de: {
    leadIn: 'Das sagt unser Hilfecenter:',
    noAnswer: 'Ich weiß nicht, wie ich das anhand unseres Hilfecenters beantworten kann, aber ich kann Sie mit einem Mitarbeiter verbinden.',
  },
  zh: {
    leadIn: '以下是我们帮助中心的说明：',
    noAnswer: '我不知道如何根据我们的帮助中心回答这个问题，但我可以为您转接人工客服。',
  },
};

/** The messages for a BCP 47 tag by its primary language ("es-MX" → es); English otherwise. */
export function answerMessages(language: string): AnswerMessages {
  return MESSAGES[language.split('-')[0]!.toLowerCase()] ?? MESSAGES['en']!;
}
