/**
 * Leetspeak digits and symbols and the letters they stand for ("1gn0r3", "sh1t", "$hit").
 * Shared by the prompt-attack views and the word filters, so both undo the same disguises.
 */
export const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's', '!': 'i', '|': 'l' };

/** Replaces leet characters by their letters; characters without one are kept. */
export function deLeet(word: string): string {
  return word.replace(/[0134578@$!|]/g, (c) => LEET[c] ?? c);
}
