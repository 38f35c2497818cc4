import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema, languageTagSchema, timestampSchema } from '../primitives.v1';
import { agentIdSchema, ticketRefShape, ticketSequenceSchema } from './shared.v1';

/** The longest agent reply, in characters: as long as the longest customer question. */
export const MAX_AGENT_REPLY_CHARS = 8000;

/** The claiming agent answered the customer; the gateway adds it to the conversation and its open streams. */
export const agentRepliedV1 = defineContract({
  kind: 'event',
  domain: 'support',
  name: 'AgentReplied',
  version: 1,
  subject: 'conversationId',
  description: "A human agent replied to the customer on an escalation ticket; the reply belongs in the customer's conversation.",
  schema: z.object({
    ...ticketRefShape,
    /** Unique per reply: consumers de-duplicate by it. */
    replyId: idSchema,
    agentId: agentIdSchema,
    text: z.string().min(1).max(MAX_AGENT_REPLY_CHARS),
    /** BCP 47 tag of the reply, when known (the conversation's language by default). */
    language: languageTagSchema.optional(),
    sentAt: timestampSchema,
    sequence: ticketSequenceSchema,
  }),
});

/** Payload of `AgentReplied` v1. */
export type AgentRepliedV1 = z.infer<typeof agentRepliedV1.schema>;
