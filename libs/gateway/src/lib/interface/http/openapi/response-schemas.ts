import { citationSchema } from '@sagewire/contracts/query/shared.v1';
import { ROLES } from '@sagewire/service-kit';
import { z } from 'zod';

/** Response bodies, for the OpenAPI document only (the handlers' types are the source of truth). */
const outcome = z.enum(['answered', 'escalated', 'blocked', 'limit_reached', 'failed']);
const timestamp = z.string().meta({ format: 'date-time' });

export const errorResponse = z.object({ error: z.object({ code: z.string().meta({ example: 'GATEWAY.INVALID_REQUEST' }), message: z.string() }) });
export const openAiErrorResponse = z.object({ error: z.object({ message: z.string(), type: z.string(), code: z.string() }) });

export const createdTenant = z.object({
  tenant: z.object({ id: z.uuid(), name: z.string(), plan: z.enum(['standard', 'premium']) }),
  apiKey: z.object({ id: z.string(), key: z.string().meta({ description: 'Shown once; store it safely.' }), roles: z.array(z.literal('admin')) }),
});
export const createdApiKey = z.object({ id: z.string(), key: z.string(), roles: z.array(z.enum(ROLES)), createdAt: timestamp });
export const accessTokenResponse = z.object({ accessToken: z.string(), expiresAt: timestamp });

export const conversationSummary = z.object({ id: z.uuid(), userId: z.string(), createdAt: timestamp, retentionUntil: timestamp });
export const conversationHistory = conversationSummary.extend({
  messages: z.array(z.object({
    role: z.enum(['customer', 'assistant', 'agent']).meta({ description: '`agent`: a human agent after an escalation' }),
    text: z.string(),
    queryId: z.string().optional().meta({ description: 'Always on customer and assistant messages; on agent messages, the escalated query' }),
    createdAt: timestamp,
    citations: z.array(citationSchema).optional(),
    outcome: outcome.optional(),
    replyId: z.string().optional().meta({ description: 'Agent messages only' }),
    ticketId: z.string().optional().meta({ description: 'Agent messages only' }),
    language: z.string().optional().meta({ description: 'Agent messages only' }),
  })),
});

export const submittedCsat = z.object({ conversationId: z.uuid(), ticketId: z.string(), score: z.number().int().min(1).max(5), submittedAt: timestamp });

export const queryAnswer = z.object({
  queryId: z.string(),
  outcome,
  text: z.string(),
  citations: z.array(citationSchema),
  ticketId: z.string().optional(),
  failure: z.object({ code: z.string(), message: z.string() }).optional(),
});
export const queryPending = z.object({ queryId: z.string(), status: z.literal('pending') });

export const chatCompletionResponse = z.object({
  id: z.string(),
  object: z.literal('chat.completion'),
  created: z.number().int(),
  model: z.string(),
  choices: z.array(z.object({ index: z.number().int(), message: z.object({ role: z.literal('assistant'), content: z.string() }), finish_reason: z.literal('stop') })),
  usage: z.object({ prompt_tokens: z.number().int(), completion_tokens: z.number().int(), total_tokens: z.number().int() }),
});

export const acceptedDocument = z.object({ documentId: z.uuid(), version: z.number().int(), status: z.literal('registered') });
export const documentView = z.object({
  documentId: z.string(),
  title: z.string(),
  mediaType: z.string(),
  version: z.number().int(),
  activeVersion: z.number().int().optional(),
  status: z.enum(['registered', 'parsed', 'chunked', 'embedded', 'indexed', 'active', 'failed', 'deleted']),
  error: z.string().optional(),
  sizeBytes: z.number().int(),
  contentSha256: z.string(),
  language: z.string().optional(),
  aclTags: z.array(z.string()),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export const documentList = z.object({ documents: z.array(documentView) });
