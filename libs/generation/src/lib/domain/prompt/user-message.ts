import type { ChatMessage } from '../chat/chat-model.port';
import type { Citation, ConversationTurn, Passage } from '../model-provider.port';
import { approximateTokens, truncateToTokens } from '../tokens';
import { historyMessages } from './conversation-history';
import type { SourceRef } from './source-ref';
import { headerText, neutralisePassageText, neutraliseSourcesTags } from './untrusted-text';

/** Passage text budget of one prompt (GN-29's "KB ~2000" plus headroom for several documents). */
export const DEFAULT_MAX_SOURCE_TOKENS = 3000;

/**
 * Where source titles come from: the request's citations (InvokeModel `sources`), or a map of
 * titles by document id (GenerationRequest `titles`).
 */
export type SourceNames = readonly Citation[] | Readonly<Record<string, string>>;

/** The `<sources>` block and what its numbers stand for. */
export interface SourcesBlock {
  readonly text: string;
  readonly sourceMap: SourceRef[];
}

interface SourceGroup {
  readonly passages: Passage[];
  readonly texts: string[];
}

/**
 * Passage texts within the budget, in rank (array) order, blank and repeated chunks left out.
 * Each is kept whole while it fits and skipped when it does not, so a long low-ranked passage
 * cannot crowd out a short one after it. The top passage alone is cut to the budget rather
 * than dropped, so an over-long best match still informs the answer.
 */
function withinBudget(passages: readonly Passage[], maxTokens: number): Array<{ passage: Passage; text: string }> {
  const kept: Array<{ passage: Passage; text: string }> = [];
  const seen = new Set<string>();
  let used = 0;
  for (const passage of passages) {
    const text = passage.text.trim();
    // A chunk retrieved twice (lexical and vector hits fused upstream) would only cost tokens.
    if (text === '' || seen.has(passage.chunkId)) continue;
    seen.add(passage.chunkId);
    const tokens = approximateTokens(text);
    if (used + tokens <= maxTokens) {
      kept.push({ passage, text });
      used += tokens;
    } else if (kept.length === 0) {
      const cut = truncateToTokens(text, maxTokens);
      if (cut !== '') kept.push({ passage, text: cut });
      used = maxTokens;
    }
  }
  return kept;
}

/** The citation retrieval gave for a document version, else for the document. */
function citationFor(names: SourceNames | undefined, passage: Passage): Citation | undefined {
  if (!Array.isArray(names)) return undefined;
  const citations = names as readonly Citation[];
  return (
    citations.find((c) => c.documentId === passage.documentId && c.documentVersion === passage.documentVersion) ??
    citations.find((c) => c.documentId === passage.documentId)
  );
}

/**
 * A source's section: the one all its passages share. When they carry none, the citation's;
 * when they differ, none, since the header would mislabel some of them.
 */
function sectionOf(passages: readonly Passage[], citation: Citation | undefined): string | undefined {
  const sections = new Set(passages.map((p) => p.section));
  if (sections.size !== 1) return undefined;
  return passages[0]!.section ?? citation?.section;
}

function sourceRef(number: number, group: SourceGroup, names: SourceNames | undefined): SourceRef {
  const first = group.passages[0]!;
  const citation = citationFor(names, first);
  const mapped = Array.isArray(names) ? undefined : (names as Readonly<Record<string, string>> | undefined)?.[first.documentId];
  const section = sectionOf(group.passages, citation);
  // Same fallbacks as the local answerer: always something the customer or an agent can look up
  // (`||`, not `??`: an empty title is as useless as none).
  const title = citation?.title || mapped || section || first.documentId;
  return {
    number,
    documentId: first.documentId,
    documentVersion: first.documentVersion,
    title,
    ...(section !== undefined && section !== title ? { section } : {}),
    ...(citation?.uri !== undefined ? { uri: citation.uri } : {}),
  };
}

/**
 * Numbers the passages by source and renders the `<sources>` block. One number per document
 * version, in order of first appearance: passages of one document are listed under one header
 * in retrieval order, so the model cites a document rather than a chunk and the customer sees
 * one citation per document. Passage text is neutralised (untrusted-text.ts) and capped at
 * `maxSourceTokens`.
 */
export function buildSourcesBlock(
  passages: readonly Passage[],
  names?: SourceNames,
  maxSourceTokens: number = DEFAULT_MAX_SOURCE_TOKENS,
): SourcesBlock {
  const groups = new Map<string, SourceGroup>();
  for (const { passage, text } of withinBudget(passages, maxSourceTokens)) {
    const key = JSON.stringify([passage.documentId, passage.documentVersion]);
    const group = groups.get(key) ?? { passages: [], texts: [] };
    group.passages.push(passage);
    group.texts.push(neutralisePassageText(text));
    groups.set(key, group);
  }
  const sourceMap = [...groups.values()].map((group, index) => sourceRef(index + 1, group, names));
  const blocks = [...groups.values()].map((group, index) => {
    const { number, title, section } = sourceMap[index]!;
    const header = `[${number}] ${headerText(title)}${section === undefined ? '' : ` — ${headerText(section)}`}`;
    return [header, group.texts.join('\n\n')].join('\n');
  });
  const body = blocks.length === 0 ? '(none)' : blocks.join('\n\n');
  return { text: `<sources>\n${body}\n</sources>`, sourceMap };
}

/** What one grounded answer's messages are built from. */
export interface MessagesInput {
  readonly question: string;
  readonly passages: readonly Passage[];
  readonly sources?: SourceNames;
  /** Earlier turns, oldest first. */
  readonly history?: readonly ConversationTurn[];
  readonly maxSourceTokens?: number;
}

/**
 * The chat messages of a grounded answer: the history, then a user message whose last text
 * part is exactly the sources block followed by "Question: …". When the history ends with an
 * unanswered customer turn, that turn becomes an earlier text part of the same message (roles
 * must alternate) rather than being merged into the text, so the final part stays exact; a
 * trailing turn that repeats the question is dropped.
 */
export function buildMessages(input: MessagesInput): { messages: ChatMessage[]; sourceMap: SourceRef[] } {
  const { text: block, sourceMap } = buildSourcesBlock(input.passages, input.sources, input.maxSourceTokens);
  const question = input.question.trim();
  const history = [...(input.history ?? [])];
  const lastTurn = history[history.length - 1];
  if (lastTurn?.role === 'customer' && lastTurn.text.trim() === question) history.pop();
  const messages = historyMessages(history);
  const finalPart = { type: 'text', text: `${block}\n\nQuestion: ${neutraliseSourcesTags(question)}` } as const;
  const last = messages[messages.length - 1];
  if (last?.role === 'user') messages[messages.length - 1] = { role: 'user', content: [...last.content, finalPart] };
  else messages.push({ role: 'user', content: [finalPart] });
  return { messages, sourceMap };
}
