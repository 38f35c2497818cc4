/**
 * Chat model ids that tests and demos can use with Converse: a foundation model of each
 * family the platform might pick, and a cross-region inference profile (`us.` prefix). The
 * local server answers any id with the chat engine; these are just realistic ones.
 */
export const EXAMPLE_CHAT_MODEL_IDS = [
  'anthropic.claude-3-5-sonnet-20240620-v1:0',
  'us.anthropic.claude-3-haiku-20240307-v1:0',
  'amazon.titan-text-premier-v1:0',
  'meta.llama3-1-70b-instruct-v1:0',
] as const;
