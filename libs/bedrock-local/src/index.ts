// A local Amazon Bedrock Runtime (and an OpenAI-compatible twin) for tests and demos.
// Explicit named exports only (STYLE.md).
export { startLocalBedrock, DEFAULT_LOCAL_BEDROCK_HOST, type LocalBedrock, type LocalBedrockOptions } from './lib/local-bedrock';
export { startLocalOpenAi, type LocalOpenAi, type LocalOpenAiOptions } from './lib/openai/local-openai';
export { LocalBedrockScript, FAULT_KINDS, type FaultKind, type ScriptedStep } from './lib/script';
export type { ScriptedReply, StreamTiming } from './lib/chat/scripted-reply';
export { STREAM_FAULT_KINDS, type StreamFaultKind } from './lib/chat/stream-fault';
export type { StopReason, TokenUsage, ToolCall, TurnPlan } from './lib/chat/turn-plan';
export type { ChatMessage, ChatPart, Conversation, ToolSpec } from './lib/chat/conversation';
export { answerByDefault, type DefaultAnswer } from './lib/chat/default-answerer';
export { NO_ANSWER } from './lib/chat/sources-answer';
export { ORDER_NOT_FOUND } from './lib/chat/order-lookup';
export { EXAMPLE_CHAT_MODEL_IDS } from './lib/chat/example-chat-models';
export { controlScriptSchema, type ControlScript } from './lib/control';
export type { LoggedRequest, ModelOperation } from './lib/request-log';
export { BEDROCK_ERROR_STATUS, type BedrockErrorType } from './lib/bedrock-error';
export {
  DEFAULT_BLOCKED_MESSAGING, DEFAULT_LOCAL_GUARDRAIL_CONFIG, DEFAULT_LOCAL_GUARDRAIL_ID, GUARDRAIL_CONTENT_FILTER_TYPES, LOCAL_GUARDRAIL_PII_TYPES,
  type GuardrailContentFilterType, type LocalGuardrailConfig, type LocalGuardrailPiiType,
} from './lib/guardrail/guardrail-config';
export {
  TITAN_EMBED_TEXT_V2, TITAN_V2_DEFAULT_DIMENSIONS, TITAN_V2_DIMENSIONS, TITAN_V2_MAX_CHARACTERS, TITAN_V2_MAX_TOKENS,
} from './lib/models/titan-embed-text-v2.handler';
