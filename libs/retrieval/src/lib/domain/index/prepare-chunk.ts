import { AppError } from '@sagewire/errors';
import { analyzeText, duplicateKey } from '../text/analyze-text';
import type { IndexedChunk } from './indexed-chunk';
import type { StoredChunk } from './tenant-partition';
import { toUnitVector } from './vector-math';

/** A chunk the index cannot store; the producer must fix it, so retrying cannot help. */
export const INVALID_CHUNK_CODE = 'RETRIEVAL.INVALID_CHUNK';
/** A vector whose length differs from the index's: vectors of another model or a misconfiguration. */
export const VECTOR_DIMENSION_MISMATCH_CODE = 'RETRIEVAL.VECTOR_DIMENSION_MISMATCH';

/**
 * Validates a chunk and precomputes its search terms, duplicate key and unit vector.
 * Title and section are indexed with the text: a help-centre heading often names the topic
 * ("Refunds") that the paragraph under it never repeats.
 */
export function prepareChunk(chunk: IndexedChunk, dimensions: number | undefined): StoredChunk {
  const problem = findProblem(chunk);
  if (problem !== undefined) {
    throw new AppError(INVALID_CHUNK_CODE, `Chunk "${chunk.chunkId}" cannot be indexed: ${problem}.`, {
      details: { tenantId: chunk.tenantId, documentId: chunk.documentId, chunkId: chunk.chunkId },
    });
  }
  if (chunk.vector && dimensions !== undefined) assertDimensions(chunk.vector.length, dimensions);

  const { vector, ...rest } = chunk;
  const stored: StoredChunk = {
    chunk: Object.freeze({ ...rest, aclTags: Object.freeze([...chunk.aclTags]) }),
    terms: analyzeText([chunk.title, chunk.section ?? '', chunk.text].join('\n')),
    duplicateKey: duplicateKey(chunk.text),
  };
  const unitVector = vector && toUnitVector(vector);
  if (unitVector) stored.unitVector = unitVector;
  return stored;
}

/** @throws AppError `RETRIEVAL.VECTOR_DIMENSION_MISMATCH` when the lengths differ. */
export function assertDimensions(actual: number, expected: number): void {
  if (actual === expected) return;
  throw new AppError(
    VECTOR_DIMENSION_MISMATCH_CODE,
    `A vector has ${actual} dimensions but this index holds ${expected}-dimensional vectors; embed queries and chunks with the same model.`,
    { details: { actual, expected } },
  );
}

function findProblem(chunk: IndexedChunk): string | undefined {
  for (const field of ['chunkId', 'tenantId', 'documentId'] as const) {
    if (typeof chunk[field] !== 'string' || chunk[field] === '') return `${field} must be a non-empty string`;
  }
  if (!Number.isInteger(chunk.documentVersion) || chunk.documentVersion < 1) return 'documentVersion must be a positive whole number';
  if (chunk.vector && (chunk.vector.length === 0 || !chunk.vector.every(Number.isFinite))) return 'vector must be non-empty and finite';
  return undefined;
}
