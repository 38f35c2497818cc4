/** The credential the server accepts: an agent's email and one of the account's API tokens. */
export interface ApiTokenCredential {
  readonly email: string;
  readonly apiToken: string;
}

/**
 * Checks Zendesk's API-token Basic authentication, `Basic base64("{email}/token:{api_token}")`.
 * Returns the authenticated email, or undefined for anything else (no header, a password
 * login, another user, a wrong or revoked token). Emails compare case-insensitively.
 */
export function authenticate(header: string | undefined, credential: ApiTokenCredential): string | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header?.trim() ?? '');
  if (match === null) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const separator = decoded.indexOf('/token:');
  if (separator < 0) return undefined;
  const email = decoded.slice(0, separator);
  const token = decoded.slice(separator + '/token:'.length);
  if (email.toLowerCase() !== credential.email.toLowerCase() || token !== credential.apiToken) return undefined;
  return email;
}

/** The header value a client sends for `credential`. */
export function basicAuthorization(credential: ApiTokenCredential): string {
  return `Basic ${Buffer.from(`${credential.email}/token:${credential.apiToken}`, 'utf8').toString('base64')}`;
}
