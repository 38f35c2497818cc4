import { answerMessages } from '../local-extractive/answer-messages';
import { handoffSentence, languageLabel, noInformationSentence, promptLanguage } from './prompt-phrases';

describe('prompt phrases', () => {
  it('reads the primary subtag of a BCP 47 tag, case-insensitively', () => {
    expect(promptLanguage('es-MX')).toBe('es');
    expect(promptLanguage('ZH-Hans-CN')).toBe('zh');
    expect(promptLanguage('pt-BR')).toBeUndefined();
  });

  it('names a language in English and keeps the tag', () => {
    expect(languageLabel('es-MX')).toBe('Spanish (es-MX)');
    expect(languageLabel('ja')).toBe('the language with BCP 47 tag "ja"');
  });

  it("uses the local answerer's no-answer reply, so both providers say it the same way", () => {
    for (const language of ['en', 'es', 'fr', 'de', 'zh']) expect(noInformationSentence(language)).toBe(answerMessages(language).noAnswer);
    expect(noInformationSentence('ja')).toBe(answerMessages('en').noAnswer);
  });

  it('has one hand-over sentence per language, English otherwise', () => {
    const sentences = ['en', 'es', 'fr', 'de', 'zh'].map(handoffSentence);
    expect(new Set(sentences).size).toBe(5);
    expect(handoffSentence('it')).toBe(handoffSentence('en'));
  });
});
