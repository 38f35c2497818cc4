import { splitIntoUnits } from './text-units';

const texts = (text: string): string[] => splitIntoUnits(text).map((unit) => unit.text);

describe('splitIntoUnits', () => {
  it('splits sentences but not decimals, abbreviations or lower-case continuations', () => {
    expect(texts('Plans cost $9.99 a month. Ask Dr. Smith, e.g. by email. Really? Yes! done. Next')).toEqual([
      'Plans cost $9.99 a month.',
      'Ask Dr. Smith, e.g. by email.',
      'Really?',
      'Yes! done.',
      'Next',
    ]);
  });

  it('keeps list items apart and joins hard-wrapped lines of one sentence', () => {
    const units = splitIntoUnits('Steps to follow\n- Open settings\n- Tap reset\n\nThis sentence was wrapped\nover two lines. Then another.');
    expect(units.map((unit) => [unit.separator, unit.text])).toEqual([
      ['', 'Steps to follow'],
      ['\n', '- Open settings'],
      ['\n', '- Tap reset'],
      ['\n\n', 'This sentence was wrapped\nover two lines.'],
      [' ', 'Then another.'],
    ]);
  });

  it('splits Chinese on full-width stops without spaces', () => {
    expect(texts('退款需要五天。请联系客服！好吗？')).toEqual(['退款需要五天。', '请联系客服！', '好吗？']);
  });

  it('counts tokens per unit', () => {
    expect(splitIntoUnits('Hello, world.')[0]!.tokens).toBe(4);
  });
});
