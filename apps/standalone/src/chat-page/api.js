// The gateway's public API as the widget uses it: a demo session, a conversation, questions.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function failure(response) {
  let code = `HTTP_${response.status}`;
  let message = response.statusText || 'request failed';
  try {
    const body = await response.json();
    code = body.code || body.error?.code || code;
    message = body.message || body.error?.message || message;
  } catch {
    // Not JSON: keep the status line.
  }
  return new ApiError(response.status, code, Array.isArray(message) ? message.join('; ') : String(message));
}

/** A customer token for a fresh demo user (standalone only: GET /demo/session). */
export async function startDemoSession() {
  const response = await fetch('/demo/session', { headers: { accept: 'application/json' } });
  if (!response.ok) throw await failure(response);
  return response.json();
}

export async function createConversation(accessToken, language) {
  const response = await fetch('/v1/conversations', {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ language }),
  });
  if (!response.ok) throw await failure(response);
  const body = await response.json();
  return body.id;
}

/** Asks a question; resolves to the streamed response once its headers arrived. */
export async function askQuestion(accessToken, conversationId, text, language, signal) {
  const response = await fetch(`/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ text, language }),
    signal,
  });
  if (!response.ok || !response.body) throw await failure(response);
  return response;
}
