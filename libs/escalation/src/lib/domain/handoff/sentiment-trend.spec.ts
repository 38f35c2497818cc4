import { describeTrend, sentimentTrend } from './sentiment-trend';

describe('sentimentTrend', () => {
  it("scores the customer's turns only, oldest first, and says where it is heading", () => {
    const trend = sentimentTrend([
      { role: 'customer', text: 'Hi, where is my order?' },
      { role: 'assistant', text: 'It is terrible news, sorry: it was delayed.' },
      { role: 'customer', text: 'This is really annoying.' },
      { role: 'customer', text: 'This is the worst service ever, absolutely terrible!!' },
    ]);
    expect(trend).toHaveLength(3);
    expect(trend[0]).toBe(0);
    expect(trend[2]!).toBeLessThan(trend[1]!);
    expect(trend[2]!).toBeLessThan(-0.5);
    expect(describeTrend(trend)).toMatch(/ → .* \(worsening\)$/);
  });

  it('reads the other supported languages too', () => {
    expect(sentimentTrend([{ role: 'customer', text: 'Es un servicio horrible, estoy muy enfadado.' }])[0]!).toBeLessThan(0);
    expect(describeTrend([])).toBe('(no customer turns)');
  });
});
