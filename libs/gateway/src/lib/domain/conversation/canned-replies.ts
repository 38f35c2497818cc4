/** How a query ended, as the customer sees it; `failed` is `QueryFailed`. */
export type QueryOutcome = 'answered' | 'escalated' | 'blocked' | 'limit_reached' | 'failed';

type CannedOutcome = Exclude<QueryOutcome, 'answered'>;
type ReplyLanguage = 'en' | 'es';

const REPLIES: Record<ReplyLanguage, Record<CannedOutcome, string>> = {
  en: {
    escalated: "I've passed your question to a member of our team; they will reply here.",
    blocked: "I can't answer that here, so I've passed your question to a member of our team; they will reply here.",
    limit_reached: "We can't answer right now because the usage limit has been reached; please try again later.",
    failed: 'Sorry, something went wrong while answering your question; please try again.',
  },
  es: {
    escalated: 'He pasado tu pregunta a un miembro de nuestro equipo; te responderá aquí.',
    blocked: 'No puedo responder a eso aquí, así que he pasado tu pregunta a un miembro de nuestro equipo; te responderá aquí.',
    limit_reached: 'No podemos responder ahora porque se ha alcanzado el límite de uso; inténtalo de nuevo más tarde.',
    failed: 'Lo sentimos, algo salió mal al responder a tu pregunta; inténtalo de nuevo.',
  },
};

/**
 * The first language tag given wins: detection first (it may override what the client
 * declared), then the message's, then the conversation's. Only en and es have replies.
 */
export function replyLanguage(...candidates: readonly (string | null | undefined)[]): ReplyLanguage {
  const tag = candidates.find((c): c is string => typeof c === 'string' && c.length > 0);
  return tag?.toLowerCase().split('-')[0] === 'es' ? 'es' : 'en';
}

/** The reply shown when a query ends without an answer; undefined for answered queries. */
export function cannedReply(outcome: QueryOutcome, language: ReplyLanguage): string | undefined {
  return outcome === 'answered' ? undefined : REPLIES[language][outcome];
}
