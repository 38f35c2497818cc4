import type { z } from 'zod';

/** Events state what happened (past tense); commands ask a service to act (imperative). */
export type ContractKind = 'event' | 'command';

/** How a contract is declared: everything else (CloudEvents type, topic) is derived. */
export interface ContractSpec<
  TDomain extends string,
  TName extends string,
  TVersion extends number,
  TSchema extends z.ZodType,
> {
  readonly kind: ContractKind;
  /** Bounded context: `query`, `ingestion`, `privacy`, ... (first part of the topic). */
  readonly domain: TDomain;
  /** PascalCase name, e.g. `DocumentsRetrieved`. */
  readonly name: TName;
  /** Major version. A breaking change is a new file with the next version. */
  readonly version: TVersion;
  /** One or two sentences for the AsyncAPI document and the reader. */
  readonly description: string;
  /** Who partitions by what: the CloudEvents `subject` is the Kafka key. */
  readonly subject: 'conversationId' | 'documentId' | 'subjectId' | 'tenantId';
  readonly schema: TSchema;
}

/** A published, versioned message type. */
export interface Contract<
  TDomain extends string = string,
  TName extends string = string,
  TVersion extends number = number,
  TSchema extends z.ZodType = z.ZodType,
> extends ContractSpec<TDomain, TName, TVersion, TSchema> {
  /** CloudEvents `type`, reverse-DNS style: `io.sagewire.query.DocumentsRetrieved.v1`. */
  readonly type: `io.sagewire.${TDomain}.${TName}.v${TVersion}`;
  /** Kafka topic, one per type and major version: `query.documents-retrieved.v1`. */
  readonly topic: string;
}

/** The payload type of a contract. */
export type DataOf<C extends Contract> = z.infer<C['schema']>;

/** `DocumentsRetrieved` → `documents-retrieved`. */
export function kebabCase(pascal: string): string {
  return pascal.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();
}

export function defineContract<
  const TDomain extends string,
  const TName extends string,
  const TVersion extends number,
  TSchema extends z.ZodType,
>(spec: ContractSpec<TDomain, TName, TVersion, TSchema>): Contract<TDomain, TName, TVersion, TSchema> {
  return {
    ...spec,
    type: `io.sagewire.${spec.domain}.${spec.name}.v${spec.version}`,
    topic: `${spec.domain}.${kebabCase(spec.name)}.v${spec.version}`,
  };
}
