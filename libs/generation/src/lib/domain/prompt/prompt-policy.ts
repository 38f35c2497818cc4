/** Answer length cap of SPEC GN-25 ("responses < 150 words"). */
export const DEFAULT_MAX_ANSWER_WORDS = 150;

/**
 * What a tenant may say about how its assistant talks. Everything else in the system prompt
 * (grounding, citations, injection hardening, escalation) is the platform's and not
 * configurable, because the grounding check and the escalation rules downstream rely on it.
 */
export interface PromptPolicy {
  /** The tenant's name, as the customer knows it. */
  readonly companyName: string;
  /** What the assistant calls itself. */
  readonly assistantName: string;
  /** Free text put in the prompt as is, e.g. "warm, plain and concise". */
  readonly tone: string;
  /** Upper bound on answer length, in words (GN-25). */
  readonly maxAnswerWords: number;
  /**
   * The tenant's own extra rules, appended verbatim after the platform's in a delimited block
   * that is told it cannot override them.
   */
  readonly instructions?: string;
}

/** The policy of the embedded mode and of tenants that configured nothing. */
export const DEFAULT_PROMPT_POLICY: PromptPolicy = Object.freeze({
  companyName: 'Sagewire',
  assistantName: 'Sage',
  tone: 'warm, plain and concise',
  maxAnswerWords: DEFAULT_MAX_ANSWER_WORDS,
});
