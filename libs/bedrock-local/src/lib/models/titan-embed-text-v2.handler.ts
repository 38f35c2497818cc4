import { BedrockServiceError } from '../bedrock-error';
import { countTokens, hashedTextEmbedding, l2Normalize } from './hashed-text-embedding';
import type { InvokeModelHandler, ModelResponse } from './model-handler';

export const TITAN_EMBED_TEXT_V2 = 'amazon.titan-embed-text-v2:0';
/** Titan Text Embeddings v2's documented limits. */
export const TITAN_V2_DIMENSIONS = [256, 512, 1024] as const;
export const TITAN_V2_DEFAULT_DIMENSIONS = 1024;
export const TITAN_V2_MAX_CHARACTERS = 50_000;
export const TITAN_V2_MAX_TOKENS = 8_192;

const EMBEDDING_TYPES = ['float', 'binary'] as const;
type EmbeddingType = (typeof EMBEDDING_TYPES)[number];

/** Titan's schema errors read "Malformed input request: <json pointer>: <problem>, please reformat…". */
function malformed(problem: string): BedrockServiceError {
  return new BedrockServiceError('ValidationException', `Malformed input request: ${problem}, please reformat your input and try again.`);
}

interface TitanRequest {
  readonly inputText: string;
  readonly dimensions: number;
  readonly normalize: boolean;
  readonly embeddingTypes: readonly EmbeddingType[];
}

function parseRequest(body: unknown): TitanRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw malformed('#: expected type: JSONObject, found: ' + (Array.isArray(body) ? 'JSONArray' : typeof body));
  const fields = body as Record<string, unknown>;
  const extra = Object.keys(fields).filter((key) => !['inputText', 'dimensions', 'normalize', 'embeddingTypes'].includes(key));
  if (extra.length > 0) throw malformed(`#: extraneous key [${extra[0]}] is not permitted`);
  const { inputText, dimensions = TITAN_V2_DEFAULT_DIMENSIONS, normalize = true, embeddingTypes = ['float'] } = fields;
  if (inputText === undefined) throw malformed('#: required key [inputText] not found');
  if (typeof inputText !== 'string') throw malformed(`#/inputText: expected type: String, found: ${typeof inputText}`);
  if (inputText.length === 0) throw malformed('#/inputText: expected minLength: 1, actual: 0');
  if (inputText.length > TITAN_V2_MAX_CHARACTERS) throw malformed(`#/inputText: expected maxLength: ${TITAN_V2_MAX_CHARACTERS}, actual: ${inputText.length}`);
  if (typeof dimensions !== 'number' || !(TITAN_V2_DIMENSIONS as readonly number[]).includes(dimensions)) {
    throw malformed(`#/dimensions: ${JSON.stringify(dimensions)} is not a valid enum value`);
  }
  if (typeof normalize !== 'boolean') throw malformed(`#/normalize: expected type: Boolean, found: ${typeof normalize}`);
  if (!Array.isArray(embeddingTypes) || embeddingTypes.length === 0) throw malformed('#/embeddingTypes: expected a non-empty array');
  for (const type of embeddingTypes) {
    if (!(EMBEDDING_TYPES as readonly unknown[]).includes(type)) throw malformed(`#/embeddingTypes: ${JSON.stringify(type)} is not a valid enum value`);
  }
  return { inputText, dimensions, normalize, embeddingTypes: embeddingTypes as EmbeddingType[] };
}

/**
 * Titan Text Embeddings v2 (`amazon.titan-embed-text-v2:0`): `{ inputText, dimensions?,
 * normalize?, embeddingTypes? }` → `{ embedding, inputTextTokenCount, embeddingsByType }`.
 * `embeddingsByType` always holds the requested types (float by default); `binary` is one 0/1
 * per dimension, the sign of the float component.
 */
export const titanEmbedTextV2Handler: InvokeModelHandler = {
  modelIds: [TITAN_EMBED_TEXT_V2],

  inputTexts(body: unknown): string[] {
    const inputText = typeof body === 'object' && body !== null ? (body as { inputText?: unknown }).inputText : undefined;
    return typeof inputText === 'string' ? [inputText] : [];
  },

  invoke(_modelId: string, body: unknown): ModelResponse {
    const request = parseRequest(body);
    const tokens = countTokens(request.inputText);
    if (tokens > TITAN_V2_MAX_TOKENS) {
      throw new BedrockServiceError('ValidationException', `400 Bad Request: Too many input tokens. Max input tokens: ${TITAN_V2_MAX_TOKENS}, request input token count: ${tokens}`);
    }
    const raw = hashedTextEmbedding(request.inputText, request.dimensions);
    const embedding = request.normalize ? l2Normalize(raw) : raw;
    const embeddingsByType: Partial<Record<EmbeddingType, number[]>> = {};
    if (request.embeddingTypes.includes('float')) embeddingsByType.float = embedding;
    if (request.embeddingTypes.includes('binary')) embeddingsByType.binary = embedding.map((value) => (value > 0 ? 1 : 0));
    return {
      body: { embedding, inputTextTokenCount: tokens, embeddingsByType },
      headers: { 'x-amzn-bedrock-input-token-count': String(tokens) },
    };
  },
};
