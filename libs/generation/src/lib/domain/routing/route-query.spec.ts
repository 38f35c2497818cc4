import { classify, routeQuery } from './route-query';

describe('classify', () => {
  it.each([
    'I want to talk to a human',
    'Can I speak to an agent please?',
    'Just connect me with a real person.',
    'Quiero hablar con una persona',
    'Necesito un agente humano',
    'Je voudrais parler à un conseiller',
    'Ich möchte mit einem Menschen sprechen',
    '我要人工客服',
  ])('escalates an explicit request for a human: %p', (text) => {
    expect(classify(text)).toEqual({ complexity: 'escalate', method: 'rules' });
  });

  it.each(['Can my agent collect the parcel for me?', 'Is the person who delivers insured?', 'What are your opening hours?'])(
    'does not escalate a question that merely mentions people: %p',
    (text) => {
      expect(classify(text).complexity).not.toBe('escalate');
    },
  );

  it('calls a short single question simple', () => {
    expect(classify('Where is my order?')).toEqual({ complexity: 'simple', method: 'rules' });
  });

  it('calls several questions complex', () => {
    expect(classify('Can I return it? And who pays for shipping?')).toEqual({ complexity: 'complex', method: 'rules' });
    expect(classify('Can I return it?!?')).toEqual({ complexity: 'simple', method: 'rules' });
  });

  it('calls a long question complex', () => {
    expect(classify(`I ordered a sofa ${'and it arrived damaged '.repeat(10)}what now`).complexity).toBe('complex');
  });
});

describe('routeQuery', () => {
  it('adds the detected language', () => {
    expect(routeQuery('¿Dónde está mi pedido?')).toEqual({ complexity: 'simple', method: 'rules', language: 'es' });
  });

  it('keeps the session language when detection finds nothing, else the default', () => {
    expect(routeQuery('ORD-123?', 'fr').language).toBe('fr');
    expect(routeQuery('ORD-123?').language).toBe('en');
  });
});
