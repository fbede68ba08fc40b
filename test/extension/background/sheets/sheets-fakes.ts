import type { SheetsHandlerDeps } from '../../../../extension/background/sheets/sheets-handlers';

/** A Response as fetch gives it after redirects: `url` is where it ended, `redirected` whether it moved. */
export function answer(body: BodyInit | null, init: ResponseInit & { url?: string } = {}): Response {
  const response = new Response(body, init);
  if (init.url) {
    Object.defineProperty(response, 'url', { value: init.url });
    Object.defineProperty(response, 'redirected', { value: true });
  }
  return response;
}

export interface FetchCall {
  url: string;
  init: RequestInit | undefined;
}

/** A fetch that records its calls and answers each with `respond`. */
export function recordingFetch(respond: (call: FetchCall, index: number) => Response | Promise<Response>) {
  const calls: FetchCall[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), init };
    calls.push(call);
    return respond(call, calls.length - 1);
  }) as typeof fetch;
  return { calls, fetch: fetchFn };
}

/** Browser stand-ins for the Sheets handlers: no tab opened, no token, no network, unless a test says so. */
export function fakeSheetsDeps(overrides: Partial<SheetsHandlerDeps> = {}): SheetsHandlerDeps {
  const offline = (async () => {
    throw new TypeError('Failed to fetch');
  }) as typeof fetch;
  return {
    fetchSheet: offline,
    fetchGoogle: offline,
    importPageUrl: (hash) => `chrome-extension://pmo-test-id/import.html${hash}`,
    openTab: async () => undefined,
    clientId: undefined,
    hasIdentityPermission: async () => false,
    getAuthToken: async () => {
      throw new Error('The user did not approve access.');
    },
    dropAuthToken: async () => undefined,
    ...overrides,
  };
}
