import { z } from 'zod';
import { STREAM_FAULT_KINDS } from './stream-fault';

const count = z.number().int().min(0);
const milliseconds = z.number().min(0);

/**
 * {@link ScriptedReply} as JSON, for `POST /__control/script`. Strict, so a misspelt field is
 * a 400 rather than a reply that silently does the default.
 */
export const scriptedReplySchema = z.strictObject({
  text: z.string().optional(),
  chunks: z.array(z.string()).optional(),
  toolUse: z.strictObject({
    name: z.string().min(1),
    input: z.record(z.string(), z.unknown()).optional(),
    rawInput: z.string().optional(),
    id: z.string().min(1).optional(),
  }).optional(),
  stopReason: z.enum(['end_turn', 'tool_use', 'max_tokens']).optional(),
  usage: z.strictObject({
    inputTokens: count.optional(),
    outputTokens: count.optional(),
    cacheReadInputTokens: count.optional(),
    cacheWriteInputTokens: count.optional(),
  }).optional(),
  firstTokenDelayMs: milliseconds.optional(),
  chunkDelayMs: milliseconds.optional(),
  cutAfterChunks: count.optional(),
  faultAfterChunks: z.strictObject({ chunks: count, fault: z.enum(STREAM_FAULT_KINDS) }).optional(),
});
