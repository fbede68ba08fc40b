import { createIsolatedHost, type IsolatedHost } from '../common/isolated-host';

export type CaptureHost = IsolatedHost;

/**
 * The card's isolated shadow host, attached to `<html>` (not `<body>`, which hostile or odd pages
 * hide, transform or replace). Unlike create-shadow-slot.ts it is not tied to a content-script
 * context, which WXT ends as soon as the card's script is injected again — and a second shortcut
 * must keep the card and what was typed, so the card owns its host.
 */
export function createCaptureHost(css: string): CaptureHost {
  const isolated = createIsolatedHost('interim-pmo-capture', css);
  document.documentElement.append(isolated.host);
  return isolated;
}
