import { DEFAULT_ESCALATION_POLICY, evaluateEscalation, type EscalationSignals } from './evaluate-escalation';

const signals = (overrides: Partial<EscalationSignals> = {}): EscalationSignals => ({
  question: 'How do I return an item?',
  turn: 1,
  confidence: 0.9,
  inputVerdict: 'allow',
  outputVerdict: 'pass',
  routedComplexity: 'simple',
  ...overrides,
});

/** Reason and priority, the part every rule decides. */
const outcome = (overrides: Partial<EscalationSignals>, policy = DEFAULT_ESCALATION_POLICY) => {
  const { escalate, reason, priority } = evaluateEscalation(signals(overrides), policy);
  return { escalate, reason, priority };
};

describe('evaluateEscalation', () => {
  it('does not escalate a confident answer to a plain question', () => {
    expect(evaluateEscalation(signals())).toEqual({ escalate: false, reason: 'none', priority: 'low', rationale: expect.any(String) });
  });

  it('escalates a guardrail failure with high priority', () => {
    expect(outcome({ failure: 'guardrail_block' })).toEqual({ escalate: true, reason: 'guardrail_block', priority: 'high' });
    expect(outcome({ inputVerdict: 'block' })).toEqual({ escalate: true, reason: 'guardrail_block', priority: 'high' });
  });

  it.each([
    'I want to speak to a human',
    'Quiero hablar con una persona, por favor',
    'Pásame con un agente humano',
    'Je veux parler à un conseiller',
    'Kann ich mit einem Mitarbeiter sprechen?',
    '转人工',
  ])('escalates an explicit request for a human: %p', (question) => {
    expect(outcome({ question })).toEqual({ escalate: true, reason: 'customer_request', priority: 'normal' });
  });

  it('escalates a query the router classified as escalate', () => {
    expect(outcome({ routedComplexity: 'escalate' })).toEqual({ escalate: true, reason: 'customer_request', priority: 'normal' });
  });

  it.each(['I will contact my lawyer', "I'm going to sue you", 'Hablaré con mi abogado', 'Voy a poner una demanda', 'Mon avocat vous contactera', 'Mein Anwalt meldet sich'])(
    'escalates a legal threat as urgent: %p',
    (question) => {
      expect(outcome({ question })).toEqual({ escalate: true, reason: 'legal_threat', priority: 'urgent' });
    },
  );

  it('does not take a name or a "demand" for a legal threat', () => {
    expect(outcome({ question: 'My colleague Sue placed the order' }).escalate).toBe(false);
    expect(outcome({ question: 'Hay mucha demanda de este producto?' }).escalate).toBe(false);
  });

  it.each([
    "This is absolutely terrible, worst service ever, I'm furious!!!",
    'Es una vergüenza, el peor servicio que he visto, estoy harto y furioso',
    "Service lamentable, le pire que j'ai connu, je suis furieux !!!",
    'Eine Frechheit, der schlechteste Kundenservice überhaupt, ich bin wirklich wütend!',
    '太离谱了，最差的客服，我非常愤怒！',
  ])('escalates very negative sentiment with high priority: %p', (question) => {
    expect(outcome({ question })).toEqual({ escalate: true, reason: 'negative_sentiment', priority: 'high' });
  });

  it.each([
    'My parcel is late and the app does not work',
    'Mi pedido llega tarde, no estoy contento',
    "Je ne suis pas content, l'application ne marche pas",
    'Die App funktioniert nicht, ich kann mich nicht anmelden',
    '我不满意，应用用不了',
  ])('does not take an ordinary complaint for very negative sentiment: %p', (question) => {
    expect(outcome({ question }).escalate).toBe(false);
  });

  it('reads the sentiment threshold from the policy', () => {
    expect(outcome({ question: 'This is terrible' }).escalate).toBe(false);
    expect(outcome({ question: 'This is terrible' }, { ...DEFAULT_ESCALATION_POLICY, minSentiment: -0.5 }).reason).toBe('negative_sentiment');
  });

  it.each([
    'I want a refund of $600 for the broken TV',
    'Quiero un reembolso de 750 euros',
    'Je demande le remboursement de 1.200,50 €',
    'Ich möchte eine Rückerstattung von 600 EUR',
    '我要退款800元',
  ])('escalates a refund over the limit: %p', (question) => {
    expect(outcome({ question })).toEqual({ escalate: true, reason: 'refund_over_limit', priority: 'normal' });
  });

  it('names the amount and the limit in the rationale', () => {
    expect(evaluateEscalation(signals({ question: 'Please refund 1,200.50 USD' })).rationale).toBe(
      'The customer asks for a refund of 1,200.50 usd (1200.5), above the limit of 500.',
    );
  });

  it.each([
    'I want a refund of $50',
    'Can I get my money back?',
    '¿Cómo pido un reembolso del pedido 600123?',
    "J'ai payé 900 €. Comment obtenir un remboursement ?",
    'Ich möchte eine Erstattung von 500 €',
    '请退款300元',
  ])('does not escalate a refund without an amount over the limit: %p', (question) => {
    expect(outcome({ question }).escalate).toBe(false);
  });

  it('reads the refund limit from the policy, 500 by default', () => {
    expect(outcome({ question: 'Refund $600 please' }, { ...DEFAULT_ESCALATION_POLICY, refundLimit: 1000 }).escalate).toBe(false);
    expect(outcome({ question: 'Refund $600 please' }).reason).toBe('refund_over_limit');
  });

  describe('a premium customer asking for a refund or a cancellation', () => {
    const premium = (question: string) => outcome({ question, customerTier: 'premium' });
    const SENSITIVE = { escalate: true, reason: 'premium_customer_sensitive', priority: 'high' };

    it.each([
      'I want to cancel my order',
      'Can I get a refund for the tent?',
      'Quiero cancelar mi suscripción',
      'Quiero un reembolso, por favor',
      'Je veux annuler ma commande',
      'Je voudrais être remboursé',
      'Ich möchte meine Bestellung stornieren',
      'Ich möchte eine Rückerstattung',
      '我想取消订单',
      '我要退款',
    ])('escalates with high priority: %p', (question) => {
      expect(premium(question)).toEqual(SENSITIVE);
    });

    it('says which of the two the customer asks for', () => {
      expect(evaluateEscalation(signals({ question: 'Cancel my order and refund me', customerTier: 'premium' })).rationale).toBe(
        'A premium customer asks for a refund and a cancellation.',
      );
    });

    it('does not escalate the same question from a standard customer, or one whose tier is not known', () => {
      expect(outcome({ question: 'How do I cancel my newsletter subscription?', customerTier: 'standard' }).escalate).toBe(false);
      expect(outcome({ question: 'I want to cancel my order', customerTier: 'standard' }).escalate).toBe(false);
      expect(outcome({ question: 'I want to cancel my order' }).escalate).toBe(false);
    });

    it.each(['How long does shipping take to Canada?', '¿Cuánto cuesta el envío?', 'Wann wird meine Bestellung geliefert?', '运费是多少？'])(
      'does not escalate a premium customer asking something else: %p',
      (question) => {
        expect(premium(question).escalate).toBe(false);
      },
    );

    it('is off for a tenant whose policy turns it off', () => {
      const selfServe = { ...DEFAULT_ESCALATION_POLICY, premiumCustomerSensitive: false };
      expect(outcome({ question: 'I want to cancel my order', customerTier: 'premium' }, selfServe).escalate).toBe(false);
    });
  });

  it.each(['generation_failed', 'retrieval_failed'] as const)('escalates a %s failure with normal priority', (failure) => {
    expect(outcome({ failure })).toEqual({ escalate: true, reason: failure, priority: 'normal' });
  });

  it('escalates a blocked answer with high priority', () => {
    expect(outcome({ outputVerdict: 'block' })).toEqual({ escalate: true, reason: 'guardrail_block', priority: 'high' });
  });

  it('escalates low confidence against the policy threshold', () => {
    expect(outcome({ confidence: 0.69 })).toEqual({ escalate: true, reason: 'low_confidence', priority: 'normal' });
    expect(outcome({ confidence: 0.7 }).escalate).toBe(false);
    expect(outcome({ confidence: 0.6 }, { ...DEFAULT_ESCALATION_POLICY, minConfidence: 0.5 }).escalate).toBe(false);
    expect(outcome({ confidence: undefined }).escalate).toBe(false);
  });

  it('escalates after more turns than the policy allows', () => {
    expect(outcome({ turn: 5 }).escalate).toBe(false);
    expect(outcome({ turn: 6 })).toEqual({ escalate: true, reason: 'max_turns_exceeded', priority: 'normal' });
    expect(outcome({ turn: 6 }, { ...DEFAULT_ESCALATION_POLICY, maxTurns: 10 }).escalate).toBe(false);
  });

  describe('priority order: the first rule that fires decides', () => {
    it('legal threat before anything else, so an urgent case never waits as a normal one', () => {
      expect(outcome({ question: 'Let me speak to a manager or I will sue you' })).toEqual({ escalate: true, reason: 'legal_threat', priority: 'urgent' });
      expect(outcome({ question: 'My lawyer will hear about this', routedComplexity: 'escalate' }).reason).toBe('legal_threat');
      expect(outcome({ question: 'My lawyer will hear about this', inputVerdict: 'block' }).reason).toBe('legal_threat');
    });

    it('legal threat and a blocked question before a premium refund or cancellation', () => {
      expect(outcome({ question: 'Refund me or my lawyer will hear about it', customerTier: 'premium' }).reason).toBe('legal_threat');
      expect(outcome({ question: 'Refund me now', customerTier: 'premium', inputVerdict: 'block' }).reason).toBe('guardrail_block');
    });

    it('a premium refund or cancellation before an explicit request, sentiment and the refund limit, so it keeps its high priority', () => {
      const premium = { customerTier: 'premium' as const };
      expect(outcome({ ...premium, question: 'Cancel my plan and let me talk to a human' })).toEqual({ escalate: true, reason: 'premium_customer_sensitive', priority: 'high' });
      expect(outcome({ ...premium, question: 'I want to cancel', routedComplexity: 'escalate' }).reason).toBe('premium_customer_sensitive');
      expect(outcome({ ...premium, question: "Refund my $900 now, this is absolutely terrible, I'm furious!!!" }).reason).toBe('premium_customer_sensitive');
      expect(outcome({ ...premium, question: 'Refund my $900', confidence: 0.1 }).reason).toBe('premium_customer_sensitive');
    });

    it('guardrail failure before an explicit request', () => {
      expect(outcome({ failure: 'guardrail_block', question: 'talk to a human' }).reason).toBe('guardrail_block');
    });

    it('legal threat, guardrail block and an explicit request before sentiment and refunds', () => {
      const angryRefund = "Refund my $900 now, this is absolutely terrible, I'm furious!!!";
      expect(outcome({ question: `${angryRefund} My lawyer will hear about it` }).reason).toBe('legal_threat');
      expect(outcome({ question: angryRefund, inputVerdict: 'block' }).reason).toBe('guardrail_block');
      expect(outcome({ question: angryRefund, routedComplexity: 'escalate' }).reason).toBe('customer_request');
    });

    it('negative sentiment before a refund, a refund before a failure or low confidence', () => {
      expect(outcome({ question: "Refund my $900 now, this is absolutely terrible, I'm furious!!!" }).reason).toBe('negative_sentiment');
      expect(outcome({ question: 'Refund my $900', failure: 'generation_failed', confidence: 0.1 }).reason).toBe('refund_over_limit');
      expect(outcome({ question: 'Worst service ever, absolutely terrible!!!', outputVerdict: 'block' }).reason).toBe('negative_sentiment');
    });

    it('legal threat before a failed generation', () => {
      expect(outcome({ question: 'My lawyer will hear about this', failure: 'generation_failed' }).reason).toBe('legal_threat');
    });

    it('failed retrieval before a blocked answer', () => {
      expect(outcome({ failure: 'retrieval_failed', outputVerdict: 'block' }).reason).toBe('retrieval_failed');
    });

    it('blocked answer before low confidence, low confidence before too many turns', () => {
      expect(outcome({ outputVerdict: 'block', confidence: 0.1 }).reason).toBe('guardrail_block');
      expect(outcome({ confidence: 0.1, turn: 9 }).reason).toBe('low_confidence');
    });
  });

  it('keeps the rationale within the contract limit', () => {
    expect(evaluateEscalation(signals({ confidence: 0.123456789 })).rationale.length).toBeLessThanOrEqual(500);
  });
});
