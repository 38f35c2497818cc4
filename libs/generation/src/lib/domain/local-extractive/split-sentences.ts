/**
 * Splits a passage into sentences for quoting: after `.`, `!` or `?` when whitespace and an
 * uppercase letter, digit or opening mark follow, after full-width `。！？`, and at line breaks.
 * Requiring a capital after the break keeps "3.5" whole, and a short list of abbreviations
 * ("e.g.", "U.S.", "Mr.") is never a break; passages are edited help-centre prose, so that is
 * enough here (the streaming splitter in guardrails does more).
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'”’)]?)(?<!\b(?:[eE]\.g|[iI]\.e|\p{Lu}|Mr|Mrs|Ms|Dr|St|No|Nr|vs|Sr|Sra)\.)\s+(?=[\p{Lu}\p{N}¿¡"“(])|(?<=[。！？])|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
