/**
 * Neutralising untrusted text (passages, titles, customer and history turns) before it goes
 * inside the prompt's <sources> framing. The rewrite is visible and lossless for a reader:
 * angle brackets of a sources tag become single guillemets ("‹/sources›") and bracketed
 * numbers become parenthesised ("[2]" → "(2)"). Invisible characters were rejected because a
 * model may not see them, and a reviewer reading the prompt would not either.
 */

/** `<sources>`, `</sources>` and spaced or attributed variants such as `< / SOURCES x=1>`. */
const SOURCES_TAG = /<(\s*\/?\s*sources\b[^<>]*)>/gi;

/**
 * A bracketed number as a model would read a source header or citation: "[2]", "[2, 3]",
 * "[Source 2]", "【2】", also "[2](link)". The closing bracket must come within the line.
 */
const BRACKETED_NUMBER = /[[【]([ \t]*(?:sources?[ \t]*:?[ \t]*)?\d[^[\]【】\n]{0,20})[\]】]/gi;

/** The text with every sources tag defused, so it cannot open or close the block. */
export function neutraliseSourcesTags(text: string): string {
  return text.replace(SOURCES_TAG, '‹$1›');
}

/**
 * Passage text made safe to list under a source header: no sources tag, and no bracketed
 * number, so a passage can neither spoof a header line ("[1] Refund policy") nor plant a
 * citation number the model might copy.
 */
export function neutralisePassageText(text: string): string {
  return neutraliseSourcesTags(text).replace(BRACKETED_NUMBER, '($1)');
}

/** A title or section as one clean header line: whitespace collapsed, then neutralised. */
export function headerText(text: string): string {
  return neutralisePassageText(text.replace(/\s+/g, ' ').trim());
}
