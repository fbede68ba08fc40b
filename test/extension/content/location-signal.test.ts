import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from '../../../extension/content/common/location-signal';
import { observePage } from '../../../extension/content/common/page-observer';

const controllers: AbortController[] = [];
function newSignal() {
  const controller = new AbortController();
  controllers.push(controller);
  return controller;
}

afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
  history.replaceState(null, '', '/');
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('location signal', () => {
  it('reports a pushState on the next check, once per new URL', () => {
    const onChange = vi.fn();
    const signal = watchLocation({ onChange, signal: newSignal().signal });

    history.pushState(null, '', '/jira/software/c/projects/ACME/boards/1?selectedIssue=ACME-14');
    signal.check();
    signal.check();

    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(expect.stringContaining('selectedIssue=ACME-14'));
  });

  it('reports Back and Forward through popstate without waiting for a check', () => {
    const onChange = vi.fn();
    watchLocation({ onChange, signal: newSignal().signal });
    history.pushState(null, '', '/browse/ACME-15');

    window.dispatchEvent(new PopStateEvent('popstate'));

    expect(onChange).toHaveBeenCalledWith(expect.stringContaining('/browse/ACME-15'));
  });

  it("reacts to WXT's location-change event too", () => {
    const onChange = vi.fn();
    let wxtHandler: (() => void) | undefined;
    watchLocation({ onChange, signal: newSignal().signal, listenToWxt: (handler) => (wxtHandler = handler) });
    history.pushState(null, '', '/browse/ACME-16');

    wxtHandler?.();

    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('goes quiet once its signal is aborted', () => {
    const onChange = vi.fn();
    const controller = newSignal();
    const signal = watchLocation({ onChange, signal: controller.signal });
    controller.abort();
    history.pushState(null, '', '/browse/ACME-17');

    signal.check();
    window.dispatchEvent(new PopStateEvent('popstate'));

    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('page observer', () => {
  const flushMutations = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('runs the cheap check on every batch and the placement pass once the page settles', async () => {
    const onBatch = vi.fn();
    const onSettled = vi.fn();
    observePage({ onBatch, onSettled, delayMs: 20, maxWaitMs: 1000, signal: newSignal().signal });

    for (let index = 0; index < 5; index++) {
      document.body.append(document.createElement('div'));
      await flushMutations();
    }
    expect(onBatch.mock.calls.length).toBeGreaterThanOrEqual(5);
    expect(onSettled).not.toHaveBeenCalled();

    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
  });

  it('still runs the placement pass on a page that never stops changing', async () => {
    const onSettled = vi.fn();
    observePage({ onSettled, delayMs: 50, maxWaitMs: 120, signal: newSignal().signal });
    const startedAt = performance.now();

    while (onSettled.mock.calls.length === 0 && performance.now() - startedAt < 1000) {
      document.body.append(document.createElement('span'));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }

    expect(onSettled).toHaveBeenCalled();
    expect(performance.now() - startedAt).toBeLessThan(400);
  });

  it('stops observing when aborted', async () => {
    const onBatch = vi.fn();
    const onSettled = vi.fn();
    const controller = newSignal();
    observePage({ onBatch, onSettled, delayMs: 10, signal: controller.signal });
    controller.abort();

    document.body.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(onBatch).not.toHaveBeenCalled();
    expect(onSettled).not.toHaveBeenCalled();
  });
});
