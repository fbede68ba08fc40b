import type { BackgroundClient } from '../../../ui/background-client';

/**
 * A fetch for the Jira REST client that asks the background to make the call (`jira.rest`): a
 * content script's own fetch makes Chromium log each Jira error answer in the page's console.
 * A call the background cannot make rejects, as a failed fetch does.
 */
export function createRelayFetch(background: BackgroundClient, origin: string): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const sent = background.send('jira.rest', {
      origin,
      path: `${url.pathname}${url.search}`,
      method: init?.method === 'POST' ? 'POST' : 'GET',
      ...(body === undefined ? {} : { body }),
    });
    // The background's call cannot be stopped from here; a cancelled caller stops waiting for it.
    const answer = await untilAborted(sent, init?.signal ?? undefined);
    if (!answer.ok) throw new TypeError(answer.error.message);
    const { status, retryAfter, json } = answer.value;
    return new Response(json === null ? null : JSON.stringify(json), {
      status,
      headers: retryAfter === null ? {} : { 'retry-after': retryAfter },
    });
  };
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new DOMException('The call was cancelled.', 'AbortError'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('The call was cancelled.', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
