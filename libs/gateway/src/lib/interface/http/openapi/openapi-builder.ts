import { z } from 'zod';
import { errorResponse } from './response-schemas';

export type JsonObject = { [key: string]: unknown };

/** JSON Schema 2020-12 (what OpenAPI 3.1 uses) of a request schema as clients send it. */
export function jsonSchema(schema: z.ZodType): JsonObject {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonObject;
  return rest;
}

export interface OperationSpec {
  readonly description?: string;
  readonly security?: readonly JsonObject[];
  readonly parameters?: readonly JsonObject[];
  readonly body?: z.ZodType;
  /** A multipart/form-data alternative to the JSON body. */
  readonly multipart?: JsonObject;
  readonly responses: Readonly<Record<number, z.ZodType | undefined>>;
  /** The route also answers with text/event-stream. */
  readonly streams?: boolean;
  readonly errors?: z.ZodType;
}

const json = (schema: z.ZodType): JsonObject => ({ 'application/json': { schema: jsonSchema(schema) } });

export function operation(summary: string, spec: OperationSpec): JsonObject {
  const responses: JsonObject = {};
  for (const [status, schema] of Object.entries(spec.responses)) {
    const content: JsonObject = schema ? json(schema) : {};
    const streamsHere = spec.streams === true && status === '200';
    if (streamsHere) content['text/event-stream'] = { schema: { type: 'string' } };
    responses[status] = { description: status.startsWith('2') ? 'Success' : 'Error', ...(schema || streamsHere ? { content } : {}) };
  }
  responses['4XX'] = { description: 'The request cannot be served; the message says what to fix', content: json(spec.errors ?? errorResponse) };
  const requestContent: JsonObject = {
    ...(spec.body ? json(spec.body) : {}),
    ...(spec.multipart ? { 'multipart/form-data': { schema: spec.multipart } } : {}),
  };
  return {
    summary,
    ...(spec.description ? { description: spec.description } : {}),
    security: spec.security ?? [{ bearer: [] }],
    ...(spec.parameters ? { parameters: spec.parameters } : {}),
    ...(spec.body || spec.multipart ? { requestBody: { required: true, content: requestContent } } : {}),
    responses,
  };
}
