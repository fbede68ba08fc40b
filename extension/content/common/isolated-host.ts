/** Keys typed in our UI stop at its shadow root, so the page's one-key shortcuts (Jira's, Gmail's) never fire. */
const isolatedEvents = ['keydown', 'keyup', 'keypress'];

export interface IsolatedHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
}

/**
 * A custom element with an open shadow root holding `html > head > style, body`, as WXT builds its
 * UIs: the host is reset with `all: initial` (an `!important` inside the shadow beats the page's,
 * even `* {… !important}`) and our CSS is inlined. Not yet attached to the page.
 */
export function createIsolatedHost(name: string, css: string): IsolatedHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  const container = document.createElement('body');
  style.textContent = `:host{all:initial !important;}\n${css}`;
  head.append(style);
  html.append(head, container);
  shadow.append(html);
  for (const type of isolatedEvents) container.addEventListener(type, (event) => event.stopPropagation());
  return { host, shadow, container };
}
