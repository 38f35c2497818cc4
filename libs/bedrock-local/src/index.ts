// A local Amazon Bedrock Runtime for tests and demos. Explicit named exports only (STYLE.md).
export { startLocalBedrock, DEFAULT_LOCAL_BEDROCK_HOST, type LocalBedrock, type LocalBedrockOptions } from './lib/local-bedrock';
export { LocalBedrockScript, FAULT_KINDS, type FaultKind, type ScriptedStep } from './lib/script';
export { controlScriptSchema, type ControlScript } from './lib/control';
export type { LoggedRequest } from './lib/request-log';
export { BEDROCK_ERROR_STATUS, type BedrockErrorType } from './lib/bedrock-error';
export {
  TITAN_EMBED_TEXT_V2, TITAN_V2_DEFAULT_DIMENSIONS, TITAN_V2_DIMENSIONS, TITAN_V2_MAX_CHARACTERS, TITAN_V2_MAX_TOKENS,
} from './lib/models/titan-embed-text-v2.handler';
