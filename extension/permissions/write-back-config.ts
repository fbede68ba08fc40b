import { browser } from 'wxt/browser';

/**
 * The OAuth client id the build was given (`WXT_GOOGLE_OAUTH_CLIENT_ID`); wxt.config.ts adds the
 * manifest's `oauth2` and the optional `identity` permission from the same variable.
 */
export function readOAuthClientId(): string | undefined {
  return import.meta.env.WXT_GOOGLE_OAUTH_CLIENT_ID || undefined;
}

/** Whether this build can write to Google Sheets; without it the UI offers the CSV download and the TSV copy. */
export function isWriteBackConfigured(): boolean {
  return readOAuthClientId() !== undefined;
}

/**
 * Asks for the optional `identity` permission; call it from the click that starts a write-back,
 * since browsers grant optional permissions only during a user gesture in an extension page.
 */
export async function requestWriteBackPermission(): Promise<boolean> {
  if (!isWriteBackConfigured()) return false;
  return browser.permissions.request({ permissions: ['identity'] });
}
