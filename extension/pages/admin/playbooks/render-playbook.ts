import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

/**
 * A playbook's Markdown as safe DOM nodes (docs/domain.md "Playbook"): the one place where text a
 * member typed becomes HTML. Every other screen renders record text as text; this module is the
 * only importer of the Markdown renderer and the sanitiser, and test/repo/markup-sinks.test.ts keeps
 * it that way. Two locks, each enough on its own:
 * 1. markdown-it with `html: false` writes any HTML typed in the Markdown as escaped text, and its
 *    link check is narrowed below to web and mail addresses.
 * 2. DOMPurify then keeps only the elements and attributes Markdown produces (no script, style,
 *    iframe, object, embed, form or any `on…` attribute) and only http(s) and mailto addresses.
 * Links open in a new tab without access to this page; images load only over https, without a
 * referrer (a page must not tell a third party who read it). The result is a DocumentFragment the
 * caller appends: no HTML string is ever assigned to a live element.
 */

const allowedTags = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
const allowedAttributes = ['href', 'title', 'src', 'alt', 'start'];
/** Addresses a link may have; anything else (javascript:, data:, vbscript:, file:, relative) is dropped. */
const allowedAddress = /^(?:https?:|mailto:)/i;

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
markdown.validateLink = (url) => allowedAddress.test(url.trim());

let sanitizer: ReturnType<typeof DOMPurify> | undefined;
/** One sanitiser of this page's window (created on first use, so importing the module needs no DOM). */
function getSanitizer() {
  sanitizer ??= DOMPurify(window);
  return sanitizer;
}

/** The Markdown as HTML, before sanitising: exported for the tests that show the two locks apart. */
export function renderMarkdownUnsafe(text: string): string {
  return markdown.render(text);
}

/**
 * The playbook's Markdown as sanitised nodes, ready to append. Where the sanitiser cannot run (no
 * usable DOM), the text comes back as one paragraph of plain text rather than unchecked HTML.
 */
export function renderPlaybook(text: string, doc: Document = document): DocumentFragment {
  const purify = getSanitizer();
  if (!purify.isSupported) return plainText(text, doc);
  const fragment = purify.sanitize(renderMarkdownUnsafe(text), {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOWED_URI_REGEXP: allowedAddress,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  for (const element of fragment.querySelectorAll('*')) {
    if (!allowedTags.includes(element.localName)) {
      element.remove();
      continue;
    }
    for (const { name } of [...element.attributes])
      if (!allowedAttributes.includes(name)) element.removeAttribute(name);
  }
  for (const link of fragment.querySelectorAll('a')) {
    if (!allowedAddress.test(link.getAttribute('href') ?? '')) link.removeAttribute('href');
    else {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    }
  }
  for (const image of fragment.querySelectorAll('img')) {
    if (!/^https:\/\//i.test(image.getAttribute('src') ?? '')) image.replaceWith(doc.createTextNode(image.alt));
    else {
      image.setAttribute('referrerpolicy', 'no-referrer');
      image.setAttribute('loading', 'lazy');
    }
  }
  return doc.importNode(fragment, true);
}

function plainText(text: string, doc: Document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const paragraph = doc.createElement('p');
  paragraph.textContent = text;
  fragment.append(paragraph);
  return fragment;
}
