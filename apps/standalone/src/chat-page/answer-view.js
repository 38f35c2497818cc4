// One assistant answer in the log, updated as the stream's events arrive.

/** The gateway's stream events this view renders (`accepted` only names the query). */
export const ANSWER_EVENTS = new Set(['chunk', 'citations', 'retracted', 'escalated', 'done', 'error']);

export class AnswerView {
  constructor(log, strings) {
    this.strings = strings;
    this.chunks = new Map(); // by sequence: a redelivered chunk replaces itself, order holds
    this.finished = false;
    this.element = document.createElement('article');
    this.element.className = 'message message--assistant';
    this.element.dataset.testid = 'chat-message-assistant';
    this.element.setAttribute('aria-label', strings.assistant);
    this.element.setAttribute('aria-busy', 'true');
    this.text = document.createElement('div');
    this.text.className = 'message__text';
    this.element.append(this.text);
    log.append(this.element);
  }

  chunk({ sequence, text }) {
    if (this.isRetracted || typeof text !== 'string') return;
    this.chunks.set(Number(sequence), text);
    this.text.textContent = [...this.chunks.entries()].sort(([a], [b]) => a - b).map(([, t]) => t).join('');
  }

  citations({ citations }) {
    this.sources?.remove();
    if (!Array.isArray(citations) || citations.length === 0) return;
    this.sources = document.createElement('section');
    this.sources.className = 'message__sources';
    this.sources.dataset.testid = 'chat-citations';
    const heading = document.createElement('h2');
    heading.textContent = this.strings.sources;
    // Numbered in the answer's order: the text cites them as [1], [2], ...
    const list = document.createElement('ol');
    for (const citation of citations) {
      const item = document.createElement('li');
      item.dataset.testid = 'chat-citation';
      item.textContent = sourceLabel(citation);
      list.append(item);
    }
    this.sources.append(heading, list);
    this.element.append(this.sources);
  }

  retracted({ replacementText }) {
    this.isRetracted = true;
    this.element.classList.add('message--retracted');
    this.text.textContent = replacementText || this.strings.retracted;
    this.sources?.remove(); // the withdrawn text's sources no longer support anything shown
    this.sources = undefined;
  }

  escalated({ ticketId }) {
    const notice = document.createElement('p');
    notice.className = 'message__notice';
    notice.dataset.testid = 'chat-escalated';
    notice.textContent = ticketId ? `${this.strings.escalated} (${this.strings.ticket} ${ticketId})` : this.strings.escalated;
    this.element.append(notice);
  }

  done({ text }) {
    // The final text is authoritative (it covers chunks lost on the way), unless the answer
    // was withdrawn: then the replacement stays, whatever the stream said before.
    if (!this.isRetracted && typeof text === 'string' && text !== '') this.text.textContent = text;
    this.finish();
  }

  error({ code, message }) {
    const error = document.createElement('p');
    error.className = 'message__error';
    error.setAttribute('role', 'alert');
    error.dataset.testid = 'chat-error';
    error.textContent = `${this.strings.failed}: ${message || code || ''}`.trim();
    this.element.append(error);
    this.finish();
  }

  finish() {
    this.finished = true;
    this.element.setAttribute('aria-busy', 'false');
  }
}

/** "Title — Section", or the section alone when it already names the document (a heading trail). */
function sourceLabel({ title, section }) {
  if (!section || section === title) return title;
  return section.startsWith(title) ? section : `${title} — ${section}`;
}
