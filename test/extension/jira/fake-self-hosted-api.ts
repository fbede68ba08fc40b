import type { SelfHostedJiraApi } from '../../../extension/jira/self-hosted';

type Script = Parameters<SelfHostedJiraApi['scripting']['registerContentScripts']>[0][number];

/** The permissions and scripting APIs of a browser, in memory; the user answers permission prompts with `answer`. */
export function createFakeSelfHostedApi(manifestOrigins: string[] = ['https://*.atlassian.net/*']) {
  const granted = new Set<string>(manifestOrigins);
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
      getManifest: () => ({ permissions: ['alarms', 'scripting'], content_scripts: [{ matches: manifestOrigins }] }),
    },
  };
  return { api, granted, scripts, state };
}
