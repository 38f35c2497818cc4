import { z } from 'zod';
import { defineContract } from '../define-contract';
import { languageTagSchema, positiveIntSchema } from '../primitives.v1';
import { queryRefShape } from './shared.v1';

/**
 * Asks the generation service to classify a screened question (rules or a cheap model) and
 * detect its language. The orchestrator cannot do it itself: its decider does no I/O.
 */
export const routeQueryV1 = defineContract({
  kind: 'command',
  domain: 'query',
  name: 'RouteQuery',
  version: 1,
  subject: 'conversationId',
  description: 'Classify a screened question as simple, complex or one to escalate, and detect its language.',
  schema: z.object({
    ...queryRefShape,
    /** The redacted question from `InputScreened`. */
    text: z.string().min(1),
    language: languageTagSchema.optional(),
    turn: positiveIntSchema,
  }),
});

/** Payload of `RouteQuery` v1. */
export type RouteQueryV1 = z.infer<typeof routeQueryV1.schema>;
