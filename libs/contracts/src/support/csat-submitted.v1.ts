import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema, timestampSchema } from '../primitives.v1';

/** The longest CSAT comment, in characters. */
export const MAX_CSAT_COMMENT_CHARS = 1000;

/** The customer rated the help they got after a ticket was resolved (SPEC AD-04, AD-05). */
export const csatSubmittedV1 = defineContract({
  kind: 'event',
  domain: 'support',
  name: 'CsatSubmitted',
  version: 1,
  subject: 'conversationId',
  description: 'A customer submitted a satisfaction score (CSAT, 1 to 5) for a conversation, usually for the ticket that was just resolved.',
  schema: z.object({
    conversationId: idSchema,
    /** The resolved ticket the rating is for; absent for a rating of the conversation as a whole. */
    ticketId: idSchema.optional(),
    /** The customer who rated (the conversation's owner). */
    userId: idSchema,
    /** 1 (very dissatisfied) to 5 (very satisfied). */
    score: z.number().int().min(1).max(5),
    comment: z.string().max(MAX_CSAT_COMMENT_CHARS).optional(),
    submittedAt: timestampSchema,
  }),
});

/** Payload of `CsatSubmitted` v1. */
export type CsatSubmittedV1 = z.infer<typeof csatSubmittedV1.schema>;
