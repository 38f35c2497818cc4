import { SeededRandom } from './seeded-random';
import type { Topic } from './stackfaq-text';

/** Five tenants of very different sizes, as a shared platform has: 40/25/20/10/5 % of the documents. */
export const TENANTS = [
  { id: 'tenant-a', share: 0.4 },
  { id: 'tenant-b', share: 0.25 },
  { id: 'tenant-c', share: 0.2 },
  { id: 'tenant-d', share: 0.1 },
  { id: 'tenant-e', share: 0.05 },
] as const;
const TENANT_WEIGHTS = TENANTS.map((t) => t.share);

export interface SyntheticDocument {
  readonly tenantId: string;
  readonly documentId: string;
  readonly title: string;
  /** Paragraphs separated by blank lines, as the ingestion parsers hand them to the chunker. */
  readonly text: string;
}

/** Share of sentences taken from the document's own topic; the rest come from anywhere, as real articles digress. */
const ON_TOPIC = 0.75;
/** Chance that a sentence gets one word swapped for another of its topic, so recombined sentences rarely repeat verbatim. */
const MUTATE = 0.5;

/**
 * Help-centre-like articles recombined from StackFAQ answers: each document takes one thread
 * as its topic (title = the thread's question plus a few of its words), then 2-7 paragraphs of
 * 2-5 sentences, mostly from that thread, some from others, a word here and there swapped.
 * Lengths come out at roughly 100-700 words. Deterministic: the same seed and topics give the
 * same documents in the same order, and a smaller count is a prefix of a larger one.
 */
export function* syntheticDocuments(topics: readonly Topic[], seed: number, count: number): Generator<SyntheticDocument> {
  const random = new SeededRandom(seed);
  for (let i = 0; i < count; i++) {
    const tenant = TENANTS[random.weighted(TENANT_WEIGHTS)]!;
    const topic = random.pick(topics);
    const title = `${topic.question.replace(/\s*\[closed\]$/, '')} (${random.pick(topic.words)} ${random.pick(topic.words)})`;
    const paragraphs: string[] = [];
    const paragraphCount = random.int(2, 7);
    for (let p = 0; p < paragraphCount; p++) {
      const sentences: string[] = [];
      const sentenceCount = random.int(2, 5);
      for (let s = 0; s < sentenceCount; s++) {
        const source = random.next() < ON_TOPIC ? topic : random.pick(topics);
        sentences.push(mutate(random.pick(source.sentences), topic, random));
      }
      paragraphs.push(sentences.join(' '));
    }
    yield { tenantId: tenant.id, documentId: `doc-${String(i + 1).padStart(6, '0')}`, title, text: paragraphs.join('\n\n') };
  }
}

function mutate(sentence: string, topic: Topic, random: SeededRandom): string {
  if (random.next() >= MUTATE || topic.words.length === 0) return sentence;
  const words = sentence.split(' ');
  words[random.int(0, words.length - 1)] = random.pick(topic.words);
  return words.join(' ');
}

export interface BenchQuery {
  readonly tenantId: string;
  readonly text: string;
}

/** Real user questions (the StackFAQ paraphrases), each sent to a tenant drawn with the tenants' shares. */
export function benchQueries(topics: readonly Topic[], seed: number, count: number): BenchQuery[] {
  const random = new SeededRandom(seed ^ 0x9e3779b9);
  const paraphrases = topics.flatMap((t) => t.paraphrases);
  return Array.from({ length: count }, () => ({ tenantId: TENANTS[random.weighted(TENANT_WEIGHTS)]!.id, text: random.pick(paraphrases) }));
}
