import { matchSpans } from './span-matching';

const span = (type: string, start: number, end: number) => ({ type, start, end });

describe('matchSpans', () => {
  it('matches same-type spans that overlap, even with different boundaries', () => {
    const gold = [span('PHONE_NUMBER', 10, 25)];
    const predicted = [span('PHONE_NUMBER', 13, 25)];
    expect(matchSpans(gold, predicted)).toEqual({ truePositives: [{ gold: gold[0], predicted: predicted[0] }], falsePositives: [], falseNegatives: [] });
  });

  it('does not match a span of another type, counting one miss and one false alarm', () => {
    const result = matchSpans([span('US_SSN', 0, 11)], [span('PHONE_NUMBER', 0, 11)]);
    expect(result.truePositives).toEqual([]);
    expect(result.falsePositives).toEqual([span('PHONE_NUMBER', 0, 11)]);
    expect(result.falseNegatives).toEqual([span('US_SSN', 0, 11)]);
  });

  it('does not match spans that only touch: ends are exclusive', () => {
    const result = matchSpans([span('EMAIL_ADDRESS', 0, 5)], [span('EMAIL_ADDRESS', 5, 9)]);
    expect([result.truePositives.length, result.falsePositives.length, result.falseNegatives.length]).toEqual([0, 1, 1]);
  });

  it('matches each gold span at most once: a second prediction inside it is a false positive', () => {
    const result = matchSpans([span('PHONE_NUMBER', 0, 20)], [span('PHONE_NUMBER', 12, 20), span('PHONE_NUMBER', 0, 10)]);
    expect(result.truePositives).toEqual([{ gold: span('PHONE_NUMBER', 0, 20), predicted: span('PHONE_NUMBER', 0, 10) }]);
    expect(result.falsePositives).toEqual([span('PHONE_NUMBER', 12, 20)]);
  });

  it('lets one prediction spanning two gold spans claim only the first', () => {
    const result = matchSpans([span('PHONE_NUMBER', 12, 20), span('PHONE_NUMBER', 0, 10)], [span('PHONE_NUMBER', 0, 20)]);
    expect(result.truePositives).toEqual([{ gold: span('PHONE_NUMBER', 0, 10), predicted: span('PHONE_NUMBER', 0, 20) }]);
    expect(result.falseNegatives).toEqual([span('PHONE_NUMBER', 12, 20)]);
  });

  it('with nothing predicted, every gold span is a miss', () => {
    expect(matchSpans([span('PERSON', 0, 4)], []).falseNegatives).toEqual([span('PERSON', 0, 4)]);
  });
});
