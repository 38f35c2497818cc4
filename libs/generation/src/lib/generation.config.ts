import { parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';

/** No pause between chunks by default: the embedded mode answers as fast as it can. */
export const DEFAULT_LOCAL_CHUNK_DELAY_MS = 0;
/** Small chunks, so a streaming client sees text appear word by word. */
export const DEFAULT_WORDS_PER_CHUNK = 3;

const generationConfigSchema = z.object({
  /** Pause between streamed chunks of the local answerer (tests slow it to kill a process mid-answer). */
  GENERATION_LOCAL_CHUNK_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(DEFAULT_LOCAL_CHUNK_DELAY_MS),
  GENERATION_WORDS_PER_CHUNK: z.coerce.number().int().min(1).max(1_000).default(DEFAULT_WORDS_PER_CHUNK),
});

export type GenerationConfig = z.infer<typeof generationConfigSchema>;

/** Validated once at the composition root; a bad value stops the process naming the variable. */
export function generationConfigFrom(env: Readonly<Record<string, string | undefined>>): GenerationConfig {
  return parseConfig(generationConfigSchema, env);
}
