import { browser } from 'wxt/browser';
import { readOAuthClientId } from '../../permissions/write-back-config';
import type { SheetsHandlerDeps } from './sheets-handlers';

/** `identity` exists only once its optional permission is granted. */
function identityApi(): NonNullable<typeof browser.identity> {
  const identity = browser.identity as typeof browser.identity | undefined;
  if (!identity) throw new Error('The identity permission is not granted.');
  return identity;
}

export const browserSheetsDeps: SheetsHandlerDeps = {
  fetchSheet: (input, init) => fetch(input, init),
  fetchGoogle: (input, init) => fetch(input, init),
  importPageUrl: (hash) => `${browser.runtime.getURL('/import.html')}${hash}`,
  async openTab(url, besideTab) {
    await browser.tabs.create({
      url,
      ...(besideTab
        ? {
            index: besideTab.index + 1,
            ...(besideTab.windowId === undefined ? {} : { windowId: besideTab.windowId }),
            ...(besideTab.id === undefined ? {} : { openerTabId: besideTab.id }),
          }
        : {}),
    });
  },
  clientId: readOAuthClientId(),
  hasIdentityPermission: () => browser.permissions.contains({ permissions: ['identity'] }),
  async getAuthToken() {
    const { token } = await identityApi().getAuthToken({ interactive: true });
    if (!token) throw new Error('No token.');
    return token;
  },
  async dropAuthToken(token) {
    await identityApi().removeCachedAuthToken({ token });
  },
};
