// Public API of generation. Explicit named exports only.
export { generationService } from './lib/generation.service';
export type {
  ChunkSink,
  Citation,
  ConversationTurn,
  FinishReason,
  GenerationRequest,
  GenerationResult,
  ModelProvider,
  Passage,
} from './lib/domain/model-provider.port';
export { approximateTokens, truncateToTokens } from './lib/domain/tokens';
export { LocalExtractiveAnswerer, NO_ANSWER_CONFIDENCE } from './lib/domain/local-extractive/local-extractive-answerer';
export type { LocalExtractiveOptions } from './lib/domain/local-extractive/local-extractive-answerer';
export { classify, routeQuery } from './lib/domain/routing/route-query';
export type { Classification, Complexity, Route } from './lib/domain/routing/route-query';
export { DEFAULT_LANGUAGE, detectLanguage } from './lib/domain/language/detect-language';
