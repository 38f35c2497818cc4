import { guardrailsAppliedV1 } from '@sagewire/contracts/query/guardrails-applied.v1';
import { inputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { outputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { screenInputV1 } from '@sagewire/contracts/query/screen-input.v1';
import { screenOutputV1 } from '@sagewire/contracts/query/screen-output.v1';
import { ServiceTestHost, messageOf } from '@sagewire/service-testing';
import { guardrailsService } from './guardrails.service';

const POLICIES = {
  default: { version: '2025-06' },
  tenants: {
    tnt_spec: {
      version: 'spec-2',
      deniedTopics: { enable: ['legal-advice'] },
      wordFilters: [{ name: 'insults', words: ['worst service ever'], action: 'redact', mask: '[…]' }],
      profanity: { output: 'block' },
    },
  },
};

describe('guardrails service: per-tenant policies (PostgreSQL, in-memory bus)', () => {
  let guardrails: ServiceTestHost;

  beforeAll(async () => {
    guardrails = await ServiceTestHost.start('guardrails_tenant', guardrailsService, [inputScreenedV1, outputScreenedV1, guardrailsAppliedV1], {
      GUARDRAILS_TENANT_POLICIES: JSON.stringify(POLICIES),
    });
  });

  afterAll(async () => {
    await guardrails?.close();
  });

  it('blocks a denied topic for the tenant that enabled it, and records its policy version', async () => {
    const command = messageOf(screenInputV1, { text: 'Kann ich meinen Vermieter verklagen, weil er die Kaution behält?' });
    await guardrails.publish(screenInputV1, command);
    const [screened] = await guardrails.awaitReplies(inputScreenedV1, command);
    expect(screened!.data.verdict).toBe('block');
    expect(screened!.data.findings).toEqual([expect.objectContaining({ type: 'denied_topic', action: 'block', label: 'legal-advice' })]);
    const [applied] = await guardrails.awaitReplies(guardrailsAppliedV1, command);
    expect(applied!.data).toMatchObject({ stage: 'input', action: 'block', policyVersion: '2025-06/spec-2' });
  });

  it('applies the default policy to a tenant without a block of its own', async () => {
    // `messageOf` speaks for tenant tnt_spec; this one is another tenant's.
    const command = { ...messageOf(screenInputV1, { text: 'Kann ich meinen Vermieter verklagen, weil er die Kaution behält?' }), tenantid: 'tnt_other' };
    await guardrails.publish(screenInputV1, command);
    const [screened] = await guardrails.awaitReplies(inputScreenedV1, command);
    expect(screened!.data.verdict).toBe('allow');
    const [applied] = await guardrails.awaitReplies(guardrailsAppliedV1, command);
    expect(applied!.data.policyVersion).toBe('2025-06');
  });

  it('masks a tenant word filter in the question with its mask', async () => {
    const command = messageOf(screenInputV1, { text: 'Honestly the worst service ever, where is my parcel?' });
    await guardrails.publish(screenInputV1, command);
    const [screened] = await guardrails.awaitReplies(inputScreenedV1, command);
    expect(screened!.data).toMatchObject({ verdict: 'redact', redactedText: 'Honestly the […], where is my parcel?' });
  });

  it('blocks profanity in an answer where the tenant says so', async () => {
    const command = messageOf(screenOutputV1, { text: 'That shit happens, sorry.', passages: [] });
    await guardrails.publish(screenOutputV1, command);
    const [screened] = await guardrails.awaitReplies(outputScreenedV1, command);
    expect(screened!.data).toMatchObject({ verdict: 'block', screenedText: '' });
    expect(screened!.data.findings).toContainEqual(expect.objectContaining({ type: 'word_filter', label: 'PROFANITY', action: 'block' }));
  });
});
