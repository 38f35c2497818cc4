/**
 * What the customer reads instead of an answer that was blocked or never came. Kept short and
 * free of detail on purpose: it must not hint at why a guardrail fired.
 */
const CANNED_REPLIES = {
  en: "I'm sorry, I can't help with that here. I've passed your question to a member of our team.",
  es: 'Lo siento, no puedo ayudarte con eso aquí. He pasado tu pregunta a un miembro de nuestro equipo.',
  de: 'Dabei kann ich Ihnen hier leider nicht helfen. Ich habe Ihre Frage an ein Mitglied unseres Teams weitergegeben.',
  fr: "Je suis désolé, je ne peux pas vous aider sur ce point ici. J'ai transmis votre question à un membre de notre équipe.",
} as const;

type CannedLanguage = keyof typeof CANNED_REPLIES;

/** Used when the answer language has no translation. */
export const CANNED_REPLY_FALLBACK_LANGUAGE: CannedLanguage = 'en';

/** The safe reply for a BCP 47 tag, matched on its primary subtag (`es-MX` → `es`), else English. */
export function cannedReply(language: string | undefined): string {
  const primary = language?.split('-')[0]?.toLowerCase() ?? CANNED_REPLY_FALLBACK_LANGUAGE;
  return CANNED_REPLIES[isCanned(primary) ? primary : CANNED_REPLY_FALLBACK_LANGUAGE];
}

function isCanned(language: string): language is CannedLanguage {
  return Object.hasOwn(CANNED_REPLIES, language);
}
