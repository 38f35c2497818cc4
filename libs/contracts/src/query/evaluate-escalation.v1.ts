import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema, positiveIntSchema, unitScoreSchema } from '../primitives.v1';
import { customerTierSchema, inputVerdictSchema, outputVerdictSchema, queryRefShape } from './shared.v1';

/** Asks the escalation service whether a human should take over, with the signals gathered so far. */
export const evaluateEscalationV1 = defineContract({
  kind: 'command',
  domain: 'query',
  name: 'EvaluateEscalation',
  version: 1,
  subject: 'conversationId',
  description: "Decide whether a query goes to a human agent, from the saga's signals and the escalation rules.",
  schema: z.object({
    ...queryRefShape,
    userId: idSchema,
    turn: positiveIntSchema,
    /** The redacted question. */
    question: z.string(),
    answerText: z.string().optional(),
    confidence: unitScoreSchema.optional(),
    groundingScore: unitScoreSchema.optional(),
    inputVerdict: inputVerdictSchema.optional(),
    outputVerdict: outputVerdictSchema.optional(),
    routedComplexity: z.enum(['simple', 'complex', 'escalate']).optional(),
    /** Set when an earlier step failed and the saga is escalating because of it. */
    failure: z.enum(['guardrail_block', 'generation_failed', 'retrieval_failed']).optional(),
    /** From `UserQuerySubmitted`; absent means not known, which the rules treat as standard. Additive. */
    customerTier: customerTierSchema.optional(),
  }),
});

/** Payload of `EvaluateEscalation` v1. */
export type EvaluateEscalationV1 = z.infer<typeof evaluateEscalationV1.schema>;
