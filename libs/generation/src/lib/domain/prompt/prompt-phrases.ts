import { answerMessages } from '../local-extractive/answer-messages';

/** The answer languages of SPEC ML-01, by primary subtag. */
export const PROMPT_LANGUAGES = ['en', 'es', 'fr', 'de', 'zh'] as const;
export type PromptLanguage = (typeof PROMPT_LANGUAGES)[number];

/** English names, since the instructions that mention them are in English. */
const LANGUAGE_NAMES: Readonly<Record<PromptLanguage, string>> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  zh: 'Simplified Chinese',
};

/**
 * "A colleague will take over", in each language. One sentence, fixed, for the same reason as
 * the no-information sentence: the platform (and a reviewer) can recognise it, and a model
 * writing its own words tends to promise outcomes ("they will refund you") it cannot keep.
 */
const HANDOFF_SENTENCES: Readonly<Record<PromptLanguage, string>> = {
  en: "I'm passing this on to a colleague from our team, who will take over from here.",
  es: 'Voy a pasar tu consulta a una persona de nuestro equipo, que se encargará a partir de ahora.',
  fr: "Je transmets votre demande à un conseiller de notre équipe, qui prendra le relais.",
  de: 'Ich gebe Ihr Anliegen an einen Mitarbeiter aus unserem Team weiter, der ab hier übernimmt.',
  zh: '我会把您的问题转交给我们团队的同事，由他们接手处理。',
};

/** The supported language of a BCP 47 tag by its primary subtag ("es-MX" → es), if any. */
export function promptLanguage(tag: string): PromptLanguage | undefined {
  const primary = tag.split('-')[0]!.toLowerCase();
  return (PROMPT_LANGUAGES as readonly string[]).includes(primary) ? (primary as PromptLanguage) : undefined;
}

/**
 * How the prompt names the answer language: "Spanish (es-MX)". The tag is kept so a regional
 * variant is visible to the model; an unsupported tag is named by the tag alone, which
 * models understand well enough.
 */
export function languageLabel(tag: string): string {
  const language = promptLanguage(tag);
  return language === undefined ? `the language with BCP 47 tag "${tag}"` : `${LANGUAGE_NAMES[language]} (${tag})`;
}

/**
 * The exact sentence for "the sources do not answer this". It is the local answerer's own
 * no-answer reply, so every provider says it the same way and one detector
 * (answer-support.ts) recognises it; unsupported languages get the English one.
 */
export function noInformationSentence(tag: string): string {
  return answerMessages(promptLanguage(tag) ?? 'en').noAnswer;
}

/** The exact "a colleague will take over" sentence; English for unsupported languages. */
export function handoffSentence(tag: string): string {
  return HANDOFF_SENTENCES[promptLanguage(tag) ?? 'en'];
}
