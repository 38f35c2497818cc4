import { z } from 'zod';
import { defineContract } from '../define-contract';
import { durationMsSchema, idSchema } from '../primitives.v1';
import { guardrailFindingSchema, queryRefShape } from './shared.v1';

/**
 * Analytics event: what the guardrails did at one stage of a query. It carries no customer
 * text, so analytics and compliance consumers can subscribe without seeing conversations.
 */
export const guardrailsAppliedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'GuardrailsApplied',
  version: 1,
  subject: 'conversationId',
  description: 'Summary of the guardrail interventions at the input or output stage of a query, without any text.',
  schema: z.object({
    ...queryRefShape,
    stage: z.enum(['input', 'output']),
    /** The strongest action taken at this stage. */
    action: z.enum(['none', 'redact', 'block']),
    findings: z.array(guardrailFindingSchema),
    /** Version of the tenant's guardrail policy that was applied. */
    policyVersion: idSchema,
    latencyMs: durationMsSchema,
  }),
});

/** Payload of `GuardrailsApplied` v1. */
export type GuardrailsAppliedV1 = z.infer<typeof guardrailsAppliedV1.schema>;
