import { AppError } from '@sagewire/errors';
import { parseInput } from '../validation/parse-input';
import { accessTokenBody, chatCompletionBody, createTenantBody, jsonDocumentBody, multipartDocumentFields, postMessageBody, uuidSchema } from './request-schemas';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return `${error.code} ${error.message}`;
  }
  return 'no error';
}

describe('request schemas', () => {
  it('names the field and the reason', () => {
    expect(messageOf(() => parseInput(postMessageBody, { text: 'x'.repeat(8001) }, 'body'))).toBe('GATEWAY.INVALID_REQUEST body.text: must be at most 8000 characters');
    expect(messageOf(() => parseInput(postMessageBody, { text: '   ' }, 'body'))).toBe('GATEWAY.INVALID_REQUEST body.text: must not be empty');
    expect(messageOf(() => parseInput(postMessageBody, { text: 'hi', language: 'english!' }, 'body'))).toContain('body.language: must be a BCP 47 language tag');
    expect(messageOf(() => parseInput(uuidSchema, 'abc', 'path.id'))).toBe('GATEWAY.INVALID_REQUEST path.id: must be a UUID');
  });

  it('rejects unknown fields of our own bodies', () => {
    expect(messageOf(() => parseInput(postMessageBody, { text: 'hi', txt: 'typo' }, 'body'))).toContain('txt');
  });

  it('applies defaults', () => {
    expect(parseInput(createTenantBody, { name: ' Acme ' }, 'body')).toEqual({ name: 'Acme', plan: 'standard' });
  });

  it('checks roles against the known ones', () => {
    expect(messageOf(() => parseInput(accessTokenBody, { userId: 'u1', roles: ['root'] }, 'body'))).toContain('body.roles.0: must be one of: customer, agent, admin, auditor');
  });

  it('takes a known tier for customer tokens only', () => {
    expect(parseInput(accessTokenBody, { userId: 'u1', roles: ['customer'], tier: 'premium' }, 'body')).toEqual({ userId: 'u1', roles: ['customer'], tier: 'premium' });
    expect(parseInput(accessTokenBody, { userId: 'u1', roles: ['customer'] }, 'body')).not.toHaveProperty('tier');
    expect(messageOf(() => parseInput(accessTokenBody, { userId: 'u1', roles: ['customer'], tier: 'gold' }, 'body'))).toBe('GATEWAY.INVALID_REQUEST body.tier: must be one of: standard, premium');
    expect(messageOf(() => parseInput(accessTokenBody, { userId: 'a1', roles: ['auditor'], tier: 'premium' }, 'body'))).toBe(
      'GATEWAY.INVALID_REQUEST body.tier: only for customer tokens (roles must include customer)',
    );
  });

  it('reads ACL tags from a comma-separated form field or a JSON array', () => {
    expect(parseInput(multipartDocumentFields, { aclTags: 'staff, vip,' }, 'body').aclTags).toEqual(['staff', 'vip']);
    expect(parseInput(jsonDocumentBody, { title: 'FAQ', mediaType: 'text/plain', content: 'Hi', aclTags: ['a'] }, 'body').aclTags).toEqual(['a']);
    expect(parseInput(jsonDocumentBody, { title: 'FAQ', mediaType: 'text/plain', content: 'Hi' }, 'body').aclTags).toEqual([]);
  });

  it('accepts OpenAI requests with extra fields and content parts', () => {
    const body = parseInput(chatCompletionBody, { model: 'gpt-4o', temperature: 0.2, messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }] }, 'body');
    expect(body.messages).toHaveLength(1);
    expect(messageOf(() => parseInput(chatCompletionBody, { model: 'm', messages: [] }, 'body'))).toContain('body.messages: must contain at least one message');
  });
});
