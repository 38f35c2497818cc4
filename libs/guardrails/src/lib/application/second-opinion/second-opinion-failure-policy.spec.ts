import { AppError } from '@sagewire/errors';
import { SECOND_OPINION_ERROR, secondOpinionError } from '../../domain/second-opinion/second-opinion-errors';
import type { SecondOpinion, SecondOpinionVerdict } from '../../domain/second-opinion/second-opinion.port';
import { SecondOpinionWithFailurePolicy } from './second-opinion-failure-policy';

const BLOCKED: SecondOpinionVerdict = { intervened: true, findings: [{ type: 'denied_topic', action: 'block', label: 'Investment advice' }] };
const answering = (verdict: SecondOpinionVerdict): SecondOpinion => ({ review: () => Promise.resolve(verdict) });
const failing = (error: unknown): SecondOpinion => ({ review: () => Promise.reject(error) });

describe('SecondOpinionWithFailurePolicy', () => {
  const throttled = secondOpinionError(SECOND_OPINION_ERROR.THROTTLED, 'Bedrock guardrail g1 throttled');

  it('passes a verdict through under either policy', async () => {
    for (const policy of ['allow', 'block'] as const) {
      await expect(new SecondOpinionWithFailurePolicy(answering(BLOCKED), policy).review('x', 'input')).resolves.toBe(BLOCKED);
    }
  });

  it('fails open with allow: no findings, and the failure recorded with its code', async () => {
    const verdict = await new SecondOpinionWithFailurePolicy(failing(throttled), 'allow').review('x', 'output');
    expect(verdict).toEqual({ intervened: false, findings: [], failure: { code: SECOND_OPINION_ERROR.THROTTLED, retriable: true, message: 'Bedrock guardrail g1 throttled' } });
    const unknown = await new SecondOpinionWithFailurePolicy(failing(new Error('boom')), 'allow').review('x', 'output');
    expect(unknown.failure).toEqual({ code: 'UNEXPECTED', retriable: true, message: 'boom' });
  });

  it('fails closed with block: the error propagates unchanged', async () => {
    await expect(new SecondOpinionWithFailurePolicy(failing(throttled), 'block').review('x', 'input')).rejects.toBe(throttled);
  });

  it('never invents an allow for a caller that aborted', async () => {
    const controller = new AbortController();
    const reason = new AppError('TEST.CANCELLED', 'cancelled');
    controller.abort(reason);
    await expect(new SecondOpinionWithFailurePolicy(failing(reason), 'allow').review('x', 'input', controller.signal)).rejects.toBe(reason);
  });
});
