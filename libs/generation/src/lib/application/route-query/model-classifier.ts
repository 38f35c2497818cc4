import { describeError } from '@sagewire/errors';
import type { ChatModel, TokenUsage } from '../../domain/chat/chat-model.port';
import { classifierCall, MIN_CLASSIFIER_CONFIDENCE, parseClassification } from '../../domain/routing/classifier-prompt';
import type { Complexity } from '../../domain/routing/route-query';
import type { ModelResilience } from '../answer/model-resilience';

/** What the classifier decided, with what its call used (to be priced and recorded). */
export interface ClassifierOutcome {
  /** Absent when the model failed, wrote no verdict, or was not confident enough. */
  readonly complexity?: Complexity;
  readonly usage?: TokenUsage;
  /** Why its word was not taken, for the log. */
  readonly problem?: string;
}

/** Finds the chat model behind a model id: the registry's, so the breakers are shared. */
export type ChatModelLookup = (model: string) => { readonly chat: ChatModel; readonly providerModelId: string } | undefined;

/**
 * The optional cheap-model classifier of SPEC GN-02 (cascade routing, GN-05): one call, no
 * retry (routing must stay fast; an unclassified question is routed as complex, GN-03),
 * through the same breaker as the model's answers.
 */
export class ModelClassifier {
  constructor(
    private readonly chats: ChatModelLookup,
    private readonly resilience: ModelResilience,
  ) {}

  async classify(model: string, question: string): Promise<ClassifierOutcome> {
    const found = this.chats(model);
    if (found === undefined) return { problem: `no chat provider serves classifier model ${model}` };
    try {
      const call = classifierCall(found.providerModelId, question);
      const reply = await this.resilience.call(model, (signal, alive) => found.chat.converse(call, () => Promise.resolve(alive()), signal), () => false, undefined, { attempts: 1 });
      const verdict = parseClassification(reply.text);
      if (verdict === undefined) return { usage: reply.usage, problem: 'the classifier wrote no verdict' };
      if (verdict.confidence < MIN_CLASSIFIER_CONFIDENCE) return { usage: reply.usage, problem: `the classifier was unsure (${verdict.confidence})` };
      return { complexity: verdict.complexity, usage: reply.usage };
    } catch (error) {
      return { problem: `the classifier failed: ${describeError(error).code}` };
    }
  }
}
