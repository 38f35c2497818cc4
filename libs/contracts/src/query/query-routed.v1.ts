import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema, languageTagSchema } from '../primitives.v1';
import { queryRefShape } from './shared.v1';

/** Reply to `RouteQuery`: which path the query takes and in which language it is answered. */
export const queryRoutedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'QueryRouted',
  version: 1,
  subject: 'conversationId',
  description: 'A question was classified (simple, complex or escalate) and its answer language chosen.',
  schema: z.object({
    ...queryRefShape,
    complexity: z.enum(['simple', 'complex', 'escalate']),
    language: languageTagSchema,
    /** The model chosen for this complexity, when the router picks one. */
    model: idSchema.optional(),
    /** The tenant's fallback chain after `model`, in order; absent means the orchestrator's default chain. */
    fallbackModels: z.array(idSchema).optional(),
    /** `default` when classification failed and the query fell back to `complex`. */
    method: z.enum(['rules', 'classifier', 'default']),
  }),
});

/** Payload of `QueryRouted` v1. */
export type QueryRoutedV1 = z.infer<typeof queryRoutedV1.schema>;
