import { DISTINCT_QUESTIONS, questionPlan } from './questions';

describe('questionPlan', () => {
  it('asks every question at most once, warm-up included', () => {
    const { warmUp, measured } = questionPlan(DISTINCT_QUESTIONS - 5, 5);
    const texts = [...warmUp, ...measured].map((q) => q.text);
    expect(new Set(texts).size).toBe(DISTINCT_QUESTIONS);
    expect(new Set([...warmUp, ...measured].map((q) => q.id)).size).toBe(DISTINCT_QUESTIONS);
  });

  it('measures the same questions whatever the warm-up', () => {
    expect(questionPlan(20, 0).measured).toEqual(questionPlan(20, 7).measured);
  });

  it('refuses more questions than there are', () => {
    expect(() => questionPlan(DISTINCT_QUESTIONS, 1)).toThrow(RangeError);
  });
});
