/**
 * The invite link an owner or PMO sends with a one-time code (issue 16 "Members"):
 * `options.html#join?server=<url>&code=<code>`. Opened in a browser where Interim PMO is installed,
 * it fills in the options page's server address and invite code; the colleague adds their name and
 * joins. The code stays a secret the link carries, so the options page drops the address once read.
 */

const joinPrefix = '#join?';

/** The link's hash for a server and a code. */
export function formatJoinHash({ serverUrl, code }: { serverUrl: string; code: string }): string {
  return `${joinPrefix}${new URLSearchParams({ server: serverUrl, code }).toString()}`;
}

/** The server and code of a join hash, or null for anything else (only http(s) servers, a short code). */
export function parseJoinHash(hash: string): { serverUrl: string; code: string } | null {
  if (!hash.startsWith(joinPrefix)) return null;
  const params = new URLSearchParams(hash.slice(joinPrefix.length));
  const server = params.get('server') ?? '';
  const code = (params.get('code') ?? '').trim();
  if (!code || code.length > 64 || !/^[\w-]+$/.test(code)) return null;
  try {
    const url = new URL(server);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  } catch {
    return null;
  }
  return { serverUrl: server, code };
}

/** The options page, relative to the extension's root. */
export const optionsPagePath = '/options.html';
