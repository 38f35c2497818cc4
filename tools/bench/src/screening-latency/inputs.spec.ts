import { ANSWER_SENTENCES } from './config';
import { screeningInputs, sentencesOf, streamChunks } from './inputs';
import type { Thread } from './stackfaq-threads';

const threads: Thread[] = [
  {
    paraphrases: ['How do I strike text through on GitHub?', 'Can GitHub cross out words?'],
    answers: ['Use two tildes around the words you want crossed out. The del tag works as well in issues. It renders in comments too.'],
  },
  {
    paraphrases: ['How do I export my Gmail contacts?'],
    answers: [
      'Open the contacts page from the app menu. Choose export from the left panel. Pick the format you need, for example vCard. Download the file when it is ready.',
      'Google Takeout exports every contact at once. It sends a link by email when the archive is done. Short one.',
    ],
  },
];

describe('streamChunks', () => {
  it('cuts words with their leading whitespace, so the chunks concatenate to the text', () => {
    const text = 'One two  three\nfour five six. Seven';
    const chunks = streamChunks(text, 4);
    expect(chunks).toEqual(['One two  three\nfour', ' five six. Seven']);
    expect(chunks.join('')).toBe(text);
  });
});

describe('sentencesOf', () => {
  it('keeps the unterminated tail as the last sentence', () => {
    expect(sentencesOf('First one. Second one')).toEqual(['First one.', 'Second one']);
  });
});

describe('screeningInputs', () => {
  const inputs = screeningInputs(threads, 42, undefined, 20);

  it('uses every paraphrase once, and the PII set is the same questions with more text', () => {
    expect([...inputs.messages].sort()).toEqual(threads.flatMap((t) => t.paraphrases).sort());
    inputs.piiMessages.forEach((m, i) => expect(m).toContain(inputs.messages[i]));
  });

  it('pairs each prose sentence with its own thread\'s answers and drops fragments', () => {
    const sentence = inputs.sentences.find((s) => s.text.startsWith('Google Takeout'))!;
    expect(sentence.passages.map((p) => p.text)).toEqual(threads[1]!.answers);
    expect(inputs.sentences.map((s) => s.text)).not.toContain('Short one.');
  });

  it('composes answers the splitter cuts into the intended sentences, streamed in chunks of the same text', () => {
    for (const answer of inputs.answers) {
      expect(answer.chunks.join('')).toBe(answer.text);
      expect(sentencesOf(answer.text)).toHaveLength(ANSWER_SENTENCES);
    }
  });

  it('is the same for the same seed and honours the limit', () => {
    expect(screeningInputs(threads, 42, undefined, 20)).toEqual(inputs);
    const limited = screeningInputs(threads, 42, 2, 1);
    expect(limited.messages).toHaveLength(2);
    expect(limited.sentences).toHaveLength(2);
    expect(limited.answers).toHaveLength(1);
  });
});
