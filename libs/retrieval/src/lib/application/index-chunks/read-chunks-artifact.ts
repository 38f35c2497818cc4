import { chunksArtifactV1Schema, type ChunksArtifactV1, type IndexChunksV2 } from '@sagewire/contracts/ingestion/index-chunks.v2';
import { AppError } from '@sagewire/errors';
import type { BlobStore } from '@sagewire/service-kit';

/** The artifact is not what the command announced: sending the same command again cannot help. */
export const INVALID_ARTIFACT_CODE = 'RETRIEVAL.INVALID_CHUNKS_ARTIFACT';

/**
 * Reads and checks the chunks artifact an `IndexChunks` v2 points at.
 * @throws AppError from the blob store (`BLOB.*`), or `RETRIEVAL.INVALID_CHUNKS_ARTIFACT` when
 *   it is not JSON of the artifact's shape or belongs to another document, version or count.
 */
export async function readChunksArtifact(blobs: BlobStore, tenantId: string, command: IndexChunksV2): Promise<ChunksArtifactV1> {
  const bytes = await blobs.get(tenantId, command.chunksUri);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new AppError(INVALID_ARTIFACT_CODE, `${command.chunksUri} is not JSON`, { cause: error });
  }
  const parsed = chunksArtifactV1Schema.safeParse(json);
  if (!parsed.success) throw new AppError(INVALID_ARTIFACT_CODE, `${command.chunksUri} is not a chunks artifact: ${parsed.error.message.slice(0, 500)}`);
  const artifact = parsed.data;
  const matches = artifact.documentId === command.documentId && artifact.version === command.version && artifact.chunks.length === command.chunkCount;
  if (!matches) {
    throw new AppError(INVALID_ARTIFACT_CODE, `${command.chunksUri} holds ${artifact.chunks.length} chunks of ${artifact.documentId} v${artifact.version}, ` +
      `not ${command.chunkCount} of ${command.documentId} v${command.version}`);
  }
  return artifact;
}
