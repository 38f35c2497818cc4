// The core of the contracts library. Individual contracts are imported by deep path, e.g.
// `@sagewire/contracts/query/documents-retrieved.v1`, so each module's imports name exactly the
// contract versions it depends on (no catch-all barrel).
export { defineContract, kebabCase } from './define-contract';
export type { Contract, ContractKind, ContractSpec, DataOf } from './define-contract';
export {
  CLOUDEVENTS_SPEC_VERSION,
  ENVELOPE_ATTRIBUTE_NAMES,
  JSON_CONTENT_TYPE,
  TRACEPARENT_PATTERN,
  envelopeAttributesSchema,
} from './envelope';
export type { Envelope, EnvelopeAttributes } from './envelope';
export { causedBy, createEnvelope } from './create-envelope';
export type { EnvelopeContext } from './create-envelope';
export { validateEnvelope } from './validate-envelope';
export type { EnvelopeValidation } from './validate-envelope';
export { ALL_CONTRACTS, findContractByTopic, findContractByType } from './registry';
export type { RegisteredContractType } from './registry';
