/**
 * Content words for matching a question against passages, in any language: runs of letters
 * and digits, lower-cased; Han, kana and Hangul characters count one by one, since those
 * scripts do not separate words with spaces.
 */

/** Function words in the languages the demos use; they say nothing about the topic. */
const STOP_WORDS = new Set([
  ...'about after also and any are but can could did does for from had has have how into its may not our out than that the their them then there these they this those was were what when where which who why will with would you your'.split(' '),
  ...'aber auch auf aus bei das dem den der des die ein eine einen ist mit nicht oder sie und von wie wir zu'.split(' '),
  ...'avec ces dans des est les mais par pas pour que qui sont sur une vous'.split(' '),
  ...'como con del los las para por que una uno'.split(' '),
]);

/**
 * Grammatical characters of Chinese, Japanese and Korean: in scripts without spaces every
 * character is a token, and these would make every sentence match every question. Single
 * hiragana are all left out: Japanese writes its content words in kanji and katakana.
 */
const CJK_STOP_CHARACTERS = new Set([...'的了是在和吗呢吧我你他她它们这那有不也就都', ...'은는이가을를에의도와과로']);
const HIRAGANA = /^\p{Script=Hiragana}$/u;

/** Latin-script words shorter than this are too common to count (numbers always count). */
const MIN_WORD_LENGTH = 3;

const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu;

/** A plural and its singular should match ("refunds" asks about "refund"). */
function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The distinct content words of `text`. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const token of text.toLowerCase().match(TOKEN) ?? []) {
    if (CJK_CHARACTER.test(token)) {
      if (!CJK_STOP_CHARACTERS.has(token) && !HIRAGANA.test(token)) words.add(token);
      continue;
    }
    const isNumber = /^\p{N}+$/u.test(token);
    if (!isNumber && (token.length < MIN_WORD_LENGTH || STOP_WORDS.has(token))) continue;
    words.add(stem(token));
  }
  return words;
}

/** How many of `wanted` occur in `text`. */
export function overlap(wanted: ReadonlySet<string>, text: string): number {
  let shared = 0;
  for (const word of contentWords(text)) if (wanted.has(word)) shared++;
  return shared;
}

/**
 * Sentences of a passage: split after `.`, `!` or `?` followed by whitespace, and after the
 * CJK full stops, which are not followed by spaces.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|(?<=[。！？])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}
