/** Keys typed in the card stop at our shadow root, so the page's own shortcuts (Gmail's, Jira's) never fire. */
const isolatedEvents = ['keydown', 'keyup', 'keypress'];

export interface CaptureHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
}

/**
 * An open shadow root on `<html>` (not `<body>`, which hostile or odd pages hide, transform or
 * replace), shaped as create-shadow-slot.ts builds it: `html > head > style, body`, the host reset
 * with `all: initial` (an `!important` inside the shadow beats the page's, even `* {… !important}`)
 * and our CSS inlined. That slot's life is tied to its content-script context, which WXT ends as
 * soon as the card's script is injected again — and a second shortcut must keep the card and what
 * was typed, so the card owns its host.
 */
export function createCaptureHost(css: string): CaptureHost {
  const host = document.createElement('interim-pmo-capture');
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
  document.documentElement.append(host);
  return { host, shadow, container };
}
