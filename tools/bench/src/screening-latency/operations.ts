import {
  DEFAULT_INPUT_POLICY, DEFAULT_OUTPUT_POLICY, DEFAULT_PII_POLICY, detectLanguage, detectPii, detectPromptAttack, detectToxicity, groundingScore,
  redact, screenInput, screenOutputText, SentenceSplitter, type PiiFinding,
} from '@sagewire/guardrails';
import { ANSWER_SENTENCES } from './config';
import { sentencesOf, type AnswerInput, type ScreeningInputs } from './inputs';

/** One timed function over one input set. It returns a number so its result can be kept (see `OperationRound.checksum`). */
export interface Operation {
  readonly id: string;
  /** Rows of a group share their inputs; the group's baseline is timed on the same texts. */
  readonly group: string;
  readonly label: string;
  readonly baseline: boolean;
  /** Parts of a screen timed alone: indented in the table, not what the service runs. */
  readonly part: boolean;
  readonly count: number;
  readonly call: (index: number) => number;
}

/**
 * What every group is compared with: the product's sentence splitter over the same text, the
 * cheapest step the screens share (the stream splits before it screens; the input screen does
 * not split, but reads every character just as often).
 */
const splitCost = (text: string): number => sentencesOf(text).length;

/**
 * The stream handler's work for one answer: chunks into the splitter, each completed sentence
 * screened without passages (the no-passages case), then `ModelInvoked`'s full text split again to
 * close the stream. Returns the sentences found (the larger count, should the two ever differ).
 */
export function streamScreen(answer: AnswerInput, screen: boolean): number {
  const splitter = new SentenceSplitter();
  let screened = 0;
  const onSentence = (sentence: string) => {
    if (screen) screenOutputText(sentence, [], DEFAULT_OUTPUT_POLICY);
    screened++;
  };
  for (const chunk of answer.chunks) for (const sentence of splitter.push(chunk)) onSentence(sentence);
  const rest = splitter.flush();
  if (rest !== undefined) onSentence(rest);
  return Math.max(screened, sentencesOf(answer.text).length);
}

export function screeningOperations(inputs: ScreeningInputs): Operation[] {
  const { messages, piiMessages, sentences, answers } = inputs;
  const piiFindings: PiiFinding[][] = piiMessages.map((m) => detectPii(m, DEFAULT_PII_POLICY).filter((f) => f.action !== 'none'));
  const message = (group: string, texts: readonly string[]): Operation[] => [
    op(group, 'split', 'sentence splitter alone (baseline)', { baseline: true }, texts.length, (i) => splitCost(texts[i]!)),
    op(group, 'input-screen', 'input screen: screenInput + detectLanguage', {}, texts.length, (i) => screenInput(texts[i]!, DEFAULT_INPUT_POLICY).findings.length + (detectLanguage(texts[i]!)?.length ?? 0)),
  ];
  const answerGroup = `answer (${ANSWER_SENTENCES} sentences)`;
  return [
    ...message('message', messages),
    ...message('message + PII', piiMessages),
    op('message + PII', 'detect-pii', 'detectPii', { part: true }, piiMessages.length, (i) => detectPii(piiMessages[i]!, DEFAULT_PII_POLICY).length),
    op('message + PII', 'redact', 'redact (findings given)', { part: true }, piiMessages.length, (i) => redact(piiMessages[i]!, piiFindings[i]!).length),
    op('message + PII', 'prompt-attack', 'detectPromptAttack', { part: true }, piiMessages.length, (i) => (detectPromptAttack(piiMessages[i]!) ? 1 : 0)),
    op('message + PII', 'language', 'detectLanguage', { part: true }, piiMessages.length, (i) => detectLanguage(piiMessages[i]!)?.length ?? 0),
    op('sentence', 'split', 'sentence splitter alone (baseline)', { baseline: true }, sentences.length, (i) => splitCost(sentences[i]!.text)),
    op('sentence', 'stream-screen', 'stream screen: screenOutputText, no passages', {}, sentences.length, (i) => screenOutputText(sentences[i]!.text, [], DEFAULT_OUTPUT_POLICY).findings.length),
    op('sentence', 'screen-grounded', 'screenOutputText against the thread\'s answers', {}, sentences.length, (i) => screenOutputText(sentences[i]!.text, sentences[i]!.passages, DEFAULT_OUTPUT_POLICY).groundingScore),
    op('sentence', 'detect-pii', 'detectPii', { part: true }, sentences.length, (i) => detectPii(sentences[i]!.text, DEFAULT_PII_POLICY).length),
    op('sentence', 'toxicity', 'detectToxicity', { part: true }, sentences.length, (i) => (detectToxicity(sentences[i]!.text) ? 1 : 0)),
    op('sentence', 'grounding', 'groundingScore against the passages', { part: true }, sentences.length, (i) => groundingScore(sentences[i]!.text, sentences[i]!.passages.map((p) => p.text))),
    op(answerGroup, 'stream-split', 'stream: chunks through the splitter only (baseline)', { baseline: true }, answers.length, (i) => streamScreen(answers[i]!, false)),
    op(answerGroup, 'stream-screen', 'stream: split + screen each sentence', {}, answers.length, (i) => streamScreen(answers[i]!, true)),
    op(answerGroup, 'whole-screen', 'whole-answer screen against its passages', {}, answers.length, (i) => screenOutputText(answers[i]!.text, answers[i]!.passages, DEFAULT_OUTPUT_POLICY).groundingScore),
  ];
}

function op(group: string, name: string, label: string, kind: { baseline?: boolean; part?: boolean }, count: number, call: (index: number) => number): Operation {
  return { id: `${group}/${name}`, group, label, baseline: kind.baseline ?? false, part: kind.part ?? false, count, call };
}
