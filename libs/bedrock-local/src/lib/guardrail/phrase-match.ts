const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: whole words only, any case, any run of whitespace between words. */
function phrasePattern(phrase: string): RegExp {
  const body = phrase.trim().split(/\s+/).map(escape).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * The first of `phrases` found in `text`, as the text spells it: "Ignore  previous Instructions"
 * is found for "ignore previous instructions", "kill" is not found in "skilled".
 */
export function findPhrase(text: string, phrases: readonly string[]): string | undefined {
  for (const phrase of phrases) {
    const match = phrasePattern(phrase).exec(text);
    if (match) return match[0];
  }
  return undefined;
}
