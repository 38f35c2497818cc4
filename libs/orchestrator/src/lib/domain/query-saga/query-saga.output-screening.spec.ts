import { answerRetractedV1 } from '@sagewire/contracts/query/answer-retracted.v1';
import { commitTokenUsageV1 } from '@sagewire/contracts/query/commit-token-usage.v1';
import { createTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { evaluateEscalationV1, type EvaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import { queryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import { cannedReply } from './canned-replies';
import { given, msg } from './testing/given-when-then';
import { ANSWERED_UNTIL_DECISION, escalationDecided, outputScreened, REF } from './testing/query-saga.fixtures';

const UNTIL_SCREENING = ANSWERED_UNTIL_DECISION.slice(0, -1);
const BLOCKED_ANSWER = outputScreened({ verdict: 'block', groundingScore: 0.2, findings: [{ type: 'toxicity', action: 'block', score: 0.93 }], screenedText: '' });

describe('query saga: output screening', () => {
  it('ignores per-sentence results: they are for the streaming client', () => {
    given(UNTIL_SCREENING).when(outputScreened({ sentenceIndex: 0 })).thenNothing();
    given(UNTIL_SCREENING).when(outputScreened({ sentenceIndex: 3, verdict: 'block', screenedText: '' })).thenNothing();
  });

  it('retracts a blocked answer with the safe reply, then asks for an escalation decision', () => {
    const reaction = given(UNTIL_SCREENING)
      .when(BLOCKED_ANSWER)
      .then([
        msg(answerRetractedV1, { ...REF, reason: 'output_blocked', retractedChunkSequences: [], replacementText: cannedReply('en') }),
        msg(evaluateEscalationV1, { outputVerdict: 'block', groundingScore: 0.2, failure: 'guardrail_block' }),
      ])
      .thenState((s) => expect(s.answer).toBeUndefined()).reaction;
    const evaluate = reaction.messages[1]?.data as EvaluateEscalationV1;
    expect(evaluate.answerText).toBeUndefined();
  });

  it('names an ungrounded answer as such', () => {
    given(UNTIL_SCREENING)
      .when(outputScreened({ verdict: 'block', groundingScore: 0.1, findings: [{ type: 'ungrounded', action: 'block' }], screenedText: '' }))
      .then([msg(answerRetractedV1, { reason: 'ungrounded' }), msg(evaluateEscalationV1)]);
  });

  it('forwards the redacted answer, not the generated one, when screening redacted it', () => {
    given(UNTIL_SCREENING)
      .when(outputScreened({ verdict: 'redact', screenedText: 'Call us on [PHONE].' }))
      .then([msg(evaluateEscalationV1, { answerText: 'Call us on [PHONE].', outputVerdict: 'redact' })]);
  });

  it('hands a blocked answer to a human without the blocked text as a draft', () => {
    given([...UNTIL_SCREENING, BLOCKED_ANSWER])
      .when(escalationDecided({ escalate: true, reason: 'guardrail_block', priority: 'high' }))
      .thenState((s) => expect(s.answer).toBeUndefined())
      .then([msg(createTicketV1, { reason: 'guardrail_block', handoff: { citations: [expect.objectContaining({ documentId: 'doc-7' })] } })]);
  });

  it('completes as blocked, committing the tokens the model used, when no human is needed', () => {
    given([...UNTIL_SCREENING, BLOCKED_ANSWER])
      .when(escalationDecided())
      .then([msg(commitTokenUsageV1, { usage: { inputTokens: 310, outputTokens: 42 } }), msg(queryCompletedV1, { outcome: 'blocked' })])
      .thenTerminal();
  });
});
