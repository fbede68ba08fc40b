import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CaptureFlow } from '../../../../extension/background/capture/capture-flow';
import { createPendingCaptures } from '../../../../extension/background/capture/pending-captures';
import { registerCapture } from '../../../../extension/background/capture/register-capture';

type Listener = (...args: unknown[]) => void;
const restore: (() => void)[] = [];

/** fake-browser has no commands or contextMenus: stand in for the parts the capture uses. */
function stubMenusAndCommands() {
  const listeners: { command?: Listener; menuClick?: Listener } = {};
  const created: string[] = [];
  // fake-browser reports an empty error where Chromium reports none.
  const { lastError } = fakeBrowser.runtime;
  fakeBrowser.runtime.lastError = undefined;
  restore.push(() => {
    fakeBrowser.runtime.lastError = lastError;
  });
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
    listeners.command = listener as Listener;
  });
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation((listener) => {
    listeners.menuClick = listener as Listener;
  });
  vi.spyOn(fakeBrowser.contextMenus, 'remove').mockImplementation(async () => undefined);
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation((item, callback) => {
    created.push(String(item.id));
    callback?.();
    return item.id ?? '';
  });
  return { listeners, created };
}

function recordingFlow() {
  const calls: unknown[][] = [];
  const flow: CaptureFlow = {
    onCaptureCommand: async (...args) => {
      calls.push(['command', ...args]);
      return 'card';
    },
    onCaptureMenuClick: async (...args) => {
      calls.push(['menu', ...args]);
      return 'card';
    },
  };
  return { flow, calls };
}

describe('registerCapture', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    for (const undo of restore.splice(0)) undo();
    fakeBrowser.reset();
  });

  it('installs the context menu when the extension is installed and when the browser starts', async () => {
    const { created } = stubMenusAndCommands();
    registerCapture(recordingFlow().flow, createPendingCaptures());

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(created).toHaveLength(5));
    await fakeBrowser.runtime.onStartup.trigger();

    await vi.waitFor(() => expect(created).toHaveLength(10));
    expect(created.slice(0, 5)).toEqual([
      'capture',
      'capture-risk',
      'capture-issue',
      'capture-decision',
      'capture-action',
    ]);
  });

  it('hands the shortcut and the menu clicks to the capture flow, with their tab', () => {
    const { listeners } = stubMenusAndCommands();
    const { flow, calls } = recordingFlow();
    registerCapture(flow, createPendingCaptures());
    const tab = { id: 7, url: 'https://news.example.com/a', title: 'A' };

    listeners.command?.('capture-risk', tab);
    listeners.menuClick?.({ menuItemId: 'capture-issue', selectionText: 'delay' }, tab);

    expect(calls).toEqual([
      ['command', 'capture-risk', tab],
      ['menu', { menuItemId: 'capture-issue', selectionText: 'delay' }, tab],
    ]);
  });

  it("forgets a closed tab's pending capture, and exposes no test hook outside e2e builds", async () => {
    stubMenusAndCommands();
    const pending = createPendingCaptures();
    registerCapture(recordingFlow().flow, pending);
    pending.set(7, { kind: 'risk', context: { url: '', pageTitle: '', selection: '' }, at: '2026-03-02T10:00:00Z' });

    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });

    expect(pending.get(7)).toBeUndefined();
    expect('interimPmoCapture' in globalThis).toBe(false);
  });
});
