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

    it('guardrail failure before an explicit request', () => {
      expect(outcome({ failure: 'guardrail_block', question: 'talk to a human' }).reason).toBe('guardrail_block');
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
