import type { SelfHostedJiraApi } from '../../../extension/permissions/self-hosted';

type Script = Parameters<SelfHostedJiraApi['scripting']['registerContentScripts']>[0][number];

/** The production manifest's host permissions (wxt.config.ts): Google Sheets' CSV export and its redirect. */
export const sheetsHostPermissions = ['https://docs.google.com/spreadsheets/*', 'https://*.googleusercontent.com/*'];

/** `https://docs.google.com/*` for `https://docs.google.com/spreadsheets/*`: a pattern widened to its whole origin. */
const originWide = (pattern: string) => pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*');

/**
 * The permissions and scripting APIs of a browser, in memory; the user answers permission prompts
 * with `answer`. As Chromium does, `permissions.getAll()` reports the content scripts' matches and
 * each host permission of the manifest, plus that permission widened to its whole origin.
 */
export function createFakeSelfHostedApi(
  manifestOrigins: string[] = ['https://*.atlassian.net/*'],
  hostPermissions: string[] = [],
  manifestKey: 'host_permissions' | 'permissions' = 'host_permissions',
) {
  const granted = new Set<string>([...manifestOrigins, ...hostPermissions.flatMap((host) => [host, originWide(host)])]);
  const scripts = new Map<string, Script>();
  const state = { answer: true, requests: [] as string[][] };
  const api: SelfHostedJiraApi = {
    permissions: {
      async request({ origins }) {
        state.requests.push(origins);
        if (state.answer) for (const origin of origins) granted.add(origin);
        return state.answer;
      },
      async remove({ origins }) {
        for (const origin of origins) granted.delete(origin);
        return true;
      },
      async getAll() {
        return { origins: [...granted] };
      },
    },
    scripting: {
      async registerContentScripts(list) {
        for (const script of list) {
          if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          scripts.set(script.id, script);
        }
      },
      async unregisterContentScripts({ ids }) {
        for (const id of ids) {
          if (!scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
        }
      },
      async getRegisteredContentScripts(filter) {
        return [...scripts.values()].filter((script) => !filter || filter.ids.includes(script.id));
      },
    },
    runtime: {
      getManifest: () =>
        manifestKey === 'host_permissions'
          ? {
              permissions: ['alarms', 'scripting'],
              host_permissions: hostPermissions,
              content_scripts: [{ matches: manifestOrigins }],
            }
          : // Manifest V2 (Firefox): WXT moves the host permissions into `permissions`.
            {
              permissions: ['alarms', 'scripting', ...hostPermissions],
              content_scripts: [{ matches: manifestOrigins }],
            },
    },
  };
  return { api, granted, scripts, state };
}
