// The demo chat widget: vanilla JS modules, no build step, nothing loaded from elsewhere.
import { ApiError, askQuestion, createConversation, startDemoSession } from './api.js';
import { ANSWER_EVENTS, AnswerView } from './answer-view.js';
import { STRINGS, applyLanguage, preferredLanguage } from './i18n.js';
import { readServerSentEvents } from './sse.js';

const form = document.getElementById('chat-form');
const input = document.getElementById('chat-input');
const send = document.getElementById('chat-send');
const log = document.getElementById('chat-log');
const status = document.getElementById('chat-status');
const languageSelect = document.getElementById('chat-language');
const suggestions = document.getElementById('chat-suggestions');

const state = { language: preferredLanguage(), strings: STRINGS.en, session: undefined, conversationId: undefined, busy: false };

function setLanguage(language) {
  state.language = language;
  state.strings = applyLanguage(language);
  languageSelect.value = language;
  suggestions.replaceChildren(...state.strings.suggestions.map((question) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chat__suggestion';
    button.textContent = question;
    button.addEventListener('click', () => void ask(question));
    return button;
  }));
}

function setBusy(busy, message = '') {
  state.busy = busy;
  send.disabled = busy;
  status.textContent = message;
}

function addUserMessage(text) {
  const element = document.createElement('p');
  element.className = 'message message--user';
  element.dataset.testid = 'chat-message-user';
  element.setAttribute('aria-label', state.strings.you);
  element.textContent = text;
  log.append(element);
}

/** A session and a conversation, created on first use and again after the token expired. */
async function ensureConversation() {
  state.session ??= await startDemoSession();
  state.conversationId ??= await createConversation(state.session.accessToken, state.language);
  return { accessToken: state.session.accessToken, conversationId: state.conversationId };
}

async function openStream(text) {
  for (let attempt = 1; ; attempt++) {
    const { accessToken, conversationId } = await ensureConversation();
    try {
      return await askQuestion(accessToken, conversationId, text, state.language);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401 || attempt > 1) throw error;
      state.session = undefined;
      state.conversationId = undefined;
    }
  }
}

async function ask(text) {
  const question = text.trim();
  if (question === '' || state.busy) return;
  addUserMessage(question);
  input.value = '';
  setBusy(true, state.strings.thinking);
  const answer = new AnswerView(log, state.strings);
  log.scrollTop = log.scrollHeight;
  try {
    const response = await openStream(question);
    for await (const { event, data } of readServerSentEvents(response.body)) {
      if (ANSWER_EVENTS.has(event) && typeof data === 'object' && data !== null) answer[event](data);
      log.scrollTop = log.scrollHeight;
      if (answer.finished) break;
    }
    if (!answer.finished) answer.error({ message: state.strings.incomplete });
  } catch (error) {
    answer.error({ code: error.code, message: error.message });
  } finally {
    setBusy(false);
    input.focus();
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void ask(input.value);
});
input.addEventListener('keydown', (event) => {
  // Enter sends, Shift+Enter adds a line, as in every chat.
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});
languageSelect.addEventListener('change', () => setLanguage(languageSelect.value));

setLanguage(state.language);
input.focus();
