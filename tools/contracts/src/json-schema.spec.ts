import { describe, expect, it } from '@jest/globals';
import { ALL_CONTRACTS } from '@sagewire/contracts';
import { userQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';
import { contractJsonSchema, envelopeJsonSchema, schemaId } from './json-schema';

describe('contractJsonSchema', () => {
  it('is draft 2020-12, identified by the URN createEnvelope puts in dataschema', () => {
    const schema = contractJsonSchema(userQuerySubmittedV1);
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:sagewire:schema:io.sagewire.query.UserQuerySubmitted.v1',
      title: userQuerySubmittedV1.type,
      description: userQuerySubmittedV1.description,
      type: 'object',
    });
    expect(schema['required']).not.toContain('language');
  });

  it('keeps every payload open to new optional fields (no additionalProperties: false)', () => {
    const closed = ALL_CONTRACTS.filter((c) => JSON.stringify(contractJsonSchema(c)).includes('"additionalProperties":false'));
    expect(closed.map((c) => c.type)).toEqual([]);
  });

  it('describes the envelope attributes separately', () => {
    expect(envelopeJsonSchema()).toMatchObject({ $id: schemaId('envelope'), required: expect.arrayContaining(['id', 'tenantid', 'correlationid']) });
  });
});
