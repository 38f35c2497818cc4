import { contentTerms } from '../text/content-terms';

/**
 * Words of greetings, thanks and offers of more help ("Hello!", "Is there anything else I can
 * help with today?"), in the five languages, plus the commonest Chinese function characters.
 * content-terms.ts keeps them as terms, but no passage states them, so a polite answer would
 * look ungrounded; the support score leaves them out. Written as text and run through
 * `contentTerms`, so they are folded and stemmed exactly like the answer's terms.
 */
const COURTESY_TEXT = [
  'hello hi hey dear thanks thank welcome glad happy sorry help assist asking reaching out anything else today great questions feel let',
  'hola buenas gracias bienvenido encantado ayudar ayuda algo hoy claro',
  "bonjour salut merci bienvenue ravi heureux aider aide autre chose aujourd'hui",
  'hallo guten danke gerne willkommen helfen hilfe sonst noch heute freue',
  '您你好谢欢迎很高兴为帮助请问还有其他什么吗呢的了我们',
].join(' ');

/** Terms that never count for or against an answer's grounding. */
export const COURTESY_TERMS: ReadonlySet<string> = contentTerms(COURTESY_TEXT);

/** The content terms of a sentence that are claims, not courtesy. */
export function claimTerms(sentence: string): Set<string> {
  const terms = contentTerms(sentence);
  for (const term of COURTESY_TERMS) terms.delete(term);
  return terms;
}
