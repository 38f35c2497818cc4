import { BedrockServiceError } from '../bedrock-error';
import type { ChatPart, ToolSpec } from '../chat/conversation';

/** Bedrock's wording for a request that breaks its model schema. */
export function invalid(message: string): BedrockServiceError {
  return new BedrockServiceError('ValidationException', message);
}

/** Coral's wording for one broken constraint, as Bedrock words it. */
export function constraint(path: string, value: unknown, rule: string): BedrockServiceError {
  return invalid(`1 validation error detected: Value '${value === undefined ? 'null' : JSON.stringify(value)}' at '${path}' failed to satisfy constraint: ${rule}`);
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A union member must have exactly one of its variants set. */
function onlyKey(block: Record<string, unknown>, path: string): string {
  const keys = Object.keys(block).filter((key) => block[key] !== undefined && block[key] !== null);
  if (keys.length !== 1) throw invalid(`The content block at ${path} must set exactly one member; got ${keys.length === 0 ? 'none' : keys.join(', ')}.`);
  return keys[0]!;
}

/** A tool result's content as text: text blocks as they are, JSON blocks serialised. */
function toolResultText(content: unknown, path: string): string {
  if (!Array.isArray(content)) throw constraint(`${path}.content`, content, 'Member must not be null');
  return content.map((block: unknown, i) => {
    if (isRecord(block) && typeof block.text === 'string') return block.text;
    if (isRecord(block) && block.json !== undefined) return JSON.stringify(block.json);
    throw invalid(`The tool result content block at ${path}.content.${i} must be a text or json block.`);
  }).join('\n');
}

/**
 * One Converse content block as a chat part; blocks the chat engine has no use for (images,
 * documents, cache points, reasoning) are accepted and dropped, so real prompts pass through.
 */
export function parseContentBlock(block: unknown, path: string): ChatPart | undefined {
  if (!isRecord(block)) throw invalid(`The content block at ${path} must be an object.`);
  const kind = onlyKey(block, path);
  const value = block[kind];
  if (kind === 'text') {
    if (typeof value !== 'string') throw constraint(`${path}.text`, value, 'Member must be a string');
    return { text: value };
  }
  if (kind === 'toolUse') {
    if (!isRecord(value) || typeof value.toolUseId !== 'string' || typeof value.name !== 'string') {
      throw invalid(`The toolUse block at ${path} needs a toolUseId, a name and an input.`);
    }
    return { toolUse: { id: value.toolUseId, name: value.name, input: value.input ?? {} } };
  }
  if (kind === 'toolResult') {
    if (!isRecord(value) || typeof value.toolUseId !== 'string') throw invalid(`The toolResult block at ${path} needs a toolUseId and content.`);
    if (value.status !== undefined && value.status !== 'success' && value.status !== 'error') {
      throw constraint(`${path}.toolResult.status`, value.status, 'Member must satisfy enum value set: [success, error]');
    }
    return { toolResult: { toolUseId: value.toolUseId, text: toolResultText(value.content, `${path}.toolResult`), isError: value.status === 'error' } };
  }
  return undefined;
}

/** `toolConfig.tools`: tool specs; cache points between them are dropped. */
export function parseTools(toolConfig: unknown): ToolSpec[] {
  if (toolConfig === undefined) return [];
  const tools = isRecord(toolConfig) ? toolConfig.tools : undefined;
  if (!Array.isArray(tools) || tools.length === 0) throw constraint('toolConfig.tools', tools, 'Member must have length greater than or equal to 1');
  return tools.flatMap((tool: unknown, i): ToolSpec[] => {
    if (isRecord(tool) && tool.cachePoint !== undefined) return [];
    const spec = isRecord(tool) ? tool.toolSpec : undefined;
    if (!isRecord(spec) || typeof spec.name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(spec.name)) {
      throw constraint(`toolConfig.tools.${i}.member.toolSpec.name`, isRecord(spec) ? spec.name : undefined, 'Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+');
    }
    const schema = isRecord(spec.inputSchema) ? spec.inputSchema.json : undefined;
    if (!isRecord(schema)) throw invalid(`The inputSchema of tool ${spec.name} must be {"json": <JSON Schema object>}.`);
    return [{ name: spec.name, description: typeof spec.description === 'string' ? spec.description : '', inputSchema: schema }];
  });
}
