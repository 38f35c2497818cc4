import type { HtmlToken } from './html-scanner';

/** Never knowledge: code, site chrome and interactive controls. */
const SKIPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas',
  'nav', 'aside', 'form', 'button', 'select', 'textarea',
]);
/** ARIA landmarks that mark the same chrome when sites use `<div role=...>` instead of the elements. */
const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
/** Inside these, `<header>`/`<footer>` belong to the content (an article's title block), not the page. */
const SECTIONING_ELEMENTS = new Set(['article', 'main', 'section']);
/**
 * Cookie and consent banners, by the class or id words sites and consent vendors use. Matched
 * on whole words of `class`/`id` (not on text), so an article *about* cookies is kept.
 */
const CONSENT_MARKER = /(?:^|[\s_-])(?:cookies?|consent|gdpr|onetrust|cookiebot|cybotcookiebotdialog|cc-window|truste)(?:$|[\s_-])/i;

/** The names of the elements still open around a token, outermost first. */
export type OpenNames = readonly string[];

/** Whether an element and everything inside it is page chrome rather than content. */
export function isBoilerplate(name: string, attributes: Readonly<Record<string, string>>, open: OpenNames): boolean {
  if (SKIPPED_ELEMENTS.has(name)) return true;
  if (attributes['hidden'] !== undefined || attributes['aria-hidden'] === 'true') return true;
  const role = attributes['role']?.toLowerCase();
  if (role !== undefined && BOILERPLATE_ROLES.has(role)) return true;
  if (isConsentBanner(attributes)) return true;
  if (name === 'header' || name === 'footer') return !open.some((element) => SECTIONING_ELEMENTS.has(element));
  return false;
}

function isConsentBanner(attributes: Readonly<Record<string, string>>): boolean {
  const words = `${attributes['id'] ?? ''} ${attributes['class'] ?? ''}`;
  const label = attributes['aria-label'] ?? '';
  return CONSENT_MARKER.test(words) || (attributes['role']?.toLowerCase() === 'dialog' && /cookie|consent/i.test(label));
}

/** The kind of element whose content is the page's own text, in order of preference. */
export type ContentRoot = 'main' | 'article';

/** `<main>` or `role="main"` first, else `<article>`; undefined for a page with neither. */
export function contentRootOf(name: string, attributes: Readonly<Record<string, string>>): ContentRoot | undefined {
  if (name === 'main' || attributes['role']?.toLowerCase() === 'main') return 'main';
  return name === 'article' ? 'article' : undefined;
}

/**
 * Which content root the page offers, found in a first pass: when a page has one, text outside
 * it (sidebars without `<aside>`, "related posts" blocks, promos) is dropped.
 */
export function preferredContentRoot(tokens: readonly HtmlToken[]): ContentRoot | undefined {
  let found: ContentRoot | undefined;
  for (const token of tokens) {
    if (token.kind !== 'start') continue;
    const root = contentRootOf(token.name, token.attributes);
    if (root === 'main') return 'main';
    found ??= root;
  }
  return found;
}
