import { constraint, invalid, isRecord } from '../converse/converse-content';

export type GuardrailSource = 'INPUT' | 'OUTPUT';

/** One text block of the request; `screened` is false for reference text (grounding source, query). */
export interface GuardrailTextBlock {
  readonly text: string;
  readonly screened: boolean;
}

/** An ApplyGuardrail request body, validated. */
export interface GuardrailRequest {
  readonly source: GuardrailSource;
  readonly blocks: readonly GuardrailTextBlock[];
  /** `outputScope: FULL`: filters and topics that found nothing are listed too. */
  readonly fullScope: boolean;
}

const IDENTIFIER_PATTERN = /^(([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail\/[a-z0-9]+))$/;
const VERSION_PATTERN = /^(([1-9][0-9]{0,7})|(DRAFT))$/;
const QUALIFIERS = ['grounding_source', 'query', 'guard_content'];

/**
 * The guardrail id named by a path's identifier (a bare id or an ARN), checked against
 * Bedrock's patterns for the identifier and the version.
 */
export function guardrailIdOf(identifier: string, version: string): string {
  if (!IDENTIFIER_PATTERN.test(identifier)) {
    throw constraint('guardrailIdentifier', identifier, `Member must satisfy regular expression pattern: ${IDENTIFIER_PATTERN.source}`);
  }
  if (!VERSION_PATTERN.test(version)) throw constraint('guardrailVersion', version, `Member must satisfy regular expression pattern: ${VERSION_PATTERN.source}`);
  // An ARN's last segment is the id (the pattern allows no other slash).
  return identifier.slice(identifier.lastIndexOf('/') + 1);
}

function parseBlock(block: unknown, i: number): GuardrailTextBlock {
  const path = `content.${i}.member`;
  if (!isRecord(block)) throw invalid(`The content block at ${path} must be an object.`);
  if (block.image !== undefined) throw invalid(`The content block at ${path} is an image: the local guardrail screens text blocks only.`);
  const text = isRecord(block.text) ? block.text : undefined;
  if (text === undefined || typeof text.text !== 'string') throw constraint(`${path}.text.text`, text?.text, 'Member must not be null');
  const qualifiers = text.qualifiers ?? [];
  if (!Array.isArray(qualifiers) || qualifiers.some((q) => typeof q !== 'string' || !QUALIFIERS.includes(q))) {
    throw constraint(`${path}.text.qualifiers`, qualifiers, `Member must satisfy enum value set: [${QUALIFIERS.join(', ')}]`);
  }
  // Grounding sources and queries are context for contextual grounding, which is not
  // simulated; content marked guard_content, or not marked at all, is what gets screened.
  const reference = qualifiers.length > 0 && !qualifiers.includes('guard_content');
  return { text: text.text, screened: !reference };
}

/** Validates a request body as Bedrock does; anything wrong throws a ValidationException. */
export function parseGuardrailRequest(body: unknown): GuardrailRequest {
  if (!isRecord(body)) throw invalid('Malformed input request: the request body must be a JSON object.');
  if (body.source !== 'INPUT' && body.source !== 'OUTPUT') throw constraint('source', body.source, 'Member must satisfy enum value set: [INPUT, OUTPUT]');
  if (body.outputScope !== undefined && body.outputScope !== 'INTERVENTIONS' && body.outputScope !== 'FULL') {
    throw constraint('outputScope', body.outputScope, 'Member must satisfy enum value set: [INTERVENTIONS, FULL]');
  }
  if (!Array.isArray(body.content) || body.content.length === 0) {
    throw constraint('content', body.content, 'Member must not be null and must have length greater than or equal to 1');
  }
  return { source: body.source, blocks: body.content.map(parseBlock), fullScope: body.outputScope === 'FULL' };
}
