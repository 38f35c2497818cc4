import * as requests from '../schemas/request-schemas';
import { documentPaths } from './documents.openapi';
import { operation, type JsonObject } from './openapi-builder';
import * as responses from './response-schemas';

const SSE_DESCRIPTION = [
  'With `Accept: text/event-stream` or `?stream=true`: server-sent events',
  '`accepted {queryId}`, `chunk {sequence, text}` (screened sentences), `citations {citations}`,',
  '`retracted {reason, replacementText?}`, `escalated {ticketId, reason?}`, `error {code, message}`,',
  '`done {queryId, outcome, text}` (then the stream ends); a `: heartbeat` comment every 15 s.',
].join(' ');

const CONVERSATION_STREAM_DESCRIPTION = [
  'Server-sent events while the connection is open (no replay: the conversation history has the past):',
  '`ready {conversationId}` once watching; `ticket_claimed {ticketId}` when a human agent takes over;',
  '`agent_reply {replyId, ticketId, text, language?, sentAt}`; `ticket_resolved {ticketId}`, then `csat_requested {ticketId}`',
  '(answer with POST /v1/conversations/{id}/csat). Ticket events arrive in their order. A `: heartbeat` comment every 15 s.',
  'For the conversation\'s customer, and for agents and admins of its tenant.',
].join(' ');

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };

/** The gateway's OpenAPI 3.1 document, built from the same zod schemas that validate requests. */
export function buildOpenApiDocument(): JsonObject {
  return {
    openapi: '3.1.0',
    info: { title: 'Sagewire gateway', version: '1.0.0', description: 'REST, SSE and OpenAI-compatible API of Sagewire. Errors: `{ "error": { "code", "message" } }`.' },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'An API key (sw_<keyId>_<secret>) or an access token from POST /v1/auth/token' },
        adminToken: { type: 'apiKey', in: 'header', name: 'X-Admin-Token' },
      },
    },
    paths: {
      '/v1/tenants': { post: operation('Create a tenant and its first admin API key', { security: [{ adminToken: [] }], body: requests.createTenantBody, responses: { 201: responses.createdTenant } }) },
      '/v1/api-keys': { post: operation('Create an API key (admin API key)', { body: requests.createApiKeyBody, responses: { 201: responses.createdApiKey } }) },
      '/v1/api-keys/{keyId}': { delete: operation('Revoke an API key (admin API key)', { parameters: [{ name: 'keyId', in: 'path', required: true, schema: { type: 'string' } }], responses: { 204: undefined } }) },
      '/v1/auth/token': {
        post: operation('Issue an access token for a user (admin API key)', {
          description: 'For your end users (role `customer`, optionally with their `tier`) and your auditors or agents. Only an admin API key of the tenant may mint tokens.',
          body: requests.accessTokenBody,
          responses: { 200: responses.accessTokenResponse },
        }),
      },
      '/v1/conversations': { post: operation('Start a conversation', { body: requests.createConversationBody, responses: { 201: responses.conversationSummary } }) },
      '/v1/conversations/{id}': { get: operation('Read a conversation with its messages', { parameters: [idParam], responses: { 200: responses.conversationHistory } }) },
      '/v1/conversations/{id}/messages': {
        post: operation('Ask a question in a conversation', {
          description: `JSON: waits for the answer (200) or answers 202 pending after the timeout. ${SSE_DESCRIPTION}`,
          parameters: [idParam, { name: 'stream', in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'] } }],
          body: requests.postMessageBody,
          responses: { 200: responses.queryAnswer, 202: responses.queryPending },
          streams: true,
        }),
      },
      '/v1/conversations/{id}/events': {
        get: operation('Follow a conversation live: agent replies and ticket changes (SSE)', {
          description: CONVERSATION_STREAM_DESCRIPTION,
          parameters: [idParam],
          responses: { 200: undefined },
          streams: true,
        }),
      },
      '/v1/conversations/{id}/csat': {
        post: operation('Rate the help of the latest resolved ticket (CSAT, once per ticket)', {
          description: '201 with the rating; 409 when no ticket of the conversation is resolved yet, or the latest one is already rated. For the conversation\'s customer (or an admin).',
          parameters: [idParam],
          body: requests.csatBody,
          responses: { 201: responses.submittedCsat },
        }),
      },
      '/v1/chat/completions': {
        post: operation('OpenAI-compatible chat completion', {
          description: 'Header X-Sagewire-Conversation-Id continues a conversation (the response carries it). With `stream: true`: `data: {chat.completion.chunk}` lines, then `data: [DONE]`.',
          parameters: [{ name: 'X-Sagewire-Conversation-Id', in: 'header', required: false, schema: { type: 'string', format: 'uuid' } }],
          body: requests.chatCompletionBody,
          responses: { 200: responses.chatCompletionResponse },
          errors: responses.openAiErrorResponse,
          streams: true,
        }),
      },
      ...documentPaths(),
    },
  };
}
