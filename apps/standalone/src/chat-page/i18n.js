// Interface strings in the languages the demo knowledge base speaks.
export const STRINGS = {
  en: {
    title: 'Northwind Outfitters support',
    subtitle: 'Answers from our help centre, with their sources.',
    language: 'Language',
    welcome: 'Hi! Ask me about returns, shipping, warranty, payments or your order.',
    inputLabel: 'Your question',
    placeholder: 'Type your question…',
    send: 'Send',
    footnote: 'Demo running on your machine: no data leaves it.',
    sources: 'Sources',
    you: 'You',
    assistant: 'Assistant',
    thinking: 'Looking through the help centre…',
    connecting: 'Connecting…',
    escalated: 'A human agent will take over this conversation and reply here.',
    ticket: 'Ticket',
    retracted: 'This answer was withdrawn because it did not pass our checks.',
    incomplete: 'The connection closed before the answer was complete. Please try again.',
    failed: 'Something went wrong',
    suggestions: ['How long do I have to return an item?', 'How much does express shipping cost?', 'What does the warranty cover?'],
  },
  es: {
    title: 'Atención al cliente de Northwind Outfitters',
    subtitle: 'Respuestas de nuestro centro de ayuda, con sus fuentes.',
    language: 'Idioma',
    welcome: '¡Hola! Pregúntame sobre devoluciones, envíos, garantía, pagos o tu pedido.',
    inputLabel: 'Tu pregunta',
    placeholder: 'Escribe tu pregunta…',
    send: 'Enviar',
    footnote: 'Demo en tu equipo: ningún dato sale de él.',
    sources: 'Fuentes',
    you: 'Tú',
    assistant: 'Asistente',
    thinking: 'Buscando en el centro de ayuda…',
    connecting: 'Conectando…',
    escalated: 'Un agente humano se hará cargo de esta conversación y te responderá aquí.',
    ticket: 'Incidencia',
    retracted: 'Esta respuesta se retiró porque no superó nuestras comprobaciones.',
    incomplete: 'La conexión se cerró antes de completar la respuesta. Inténtalo de nuevo.',
    failed: 'Algo ha fallado',
    suggestions: ['¿Cuánto tarda el envío internacional?', '¿Cómo inicio una devolución?', '¿Qué métodos de pago aceptan?'],
  },
};

/** The visitor's browser language when we speak it, English otherwise. */
export function preferredLanguage() {
  const wanted = (navigator.language || 'en').slice(0, 2).toLowerCase();
  return wanted in STRINGS ? wanted : 'en';
}

/** Rewrites every element marked data-i18n / data-i18n-placeholder. */
export function applyLanguage(language) {
  const strings = STRINGS[language];
  document.documentElement.lang = language;
  document.title = `Sagewire demo: ${strings.title}`;
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = strings[element.dataset.i18n];
  for (const element of document.querySelectorAll('[data-i18n-placeholder]')) element.placeholder = strings[element.dataset.i18nPlaceholder];
  return strings;
}
