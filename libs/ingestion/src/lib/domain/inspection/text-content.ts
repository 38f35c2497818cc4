/** More replacement characters than this share of the decoded text means it is not UTF-8 text. */
const MAX_INVALID_SHARE = 0.2;
/** Enough to judge the encoding without decoding a whole large upload twice. */
const SAMPLE_BYTES = 1 << 20;

/** Why bytes declared as text are not UTF-8 text, or undefined when they are. */
export function textProblem(bytes: Buffer): string | undefined {
  if (startsWithUtf16Mark(bytes)) return 'UTF-16 text; save it as UTF-8';
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) return 'binary data (it contains NUL bytes)';
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(sample);
  let invalid = 0;
  for (const char of decoded) if (char === '\uFFFD') invalid++;
  if (invalid > decoded.length * MAX_INVALID_SHARE) return 'not UTF-8 text (most of it does not decode)';
  return undefined;
}

function startsWithUtf16Mark(bytes: Buffer): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}
