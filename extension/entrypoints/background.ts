import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { browserCaptureDeps } from '../background/capture/browser-capture-deps';
import { createCaptureFlow } from '../background/capture/capture-flow';
import { createPendingCaptures } from '../background/capture/pending-captures';
import { registerCapture } from '../background/capture/register-capture';
import { createBackgroundHandlers } from '../background/messaging/background-handlers';
import { browserSenderFacts } from '../background/messaging/browser-sender-facts';
import { listenForMessages } from '../background/messaging/listen-for-messages';
import { keepPopupSummary } from '../background/popup-summary/keep-popup-summary';
import { startReminders } from '../background/reminders/start-reminders';
import { createSyncService } from '../background/sync/sync-service';
import { createWorkerApi } from '../background/worker-api/worker-api';
import { db } from '../db/database';
import { restoreSelfHostedJira } from '../permissions/self-hosted';

const syncAlarm = 'sync';
const now = () => new Date().toISOString();

export default defineBackground(() => {
  // Runs once per start of the service worker: tells a restarted worker from the one before.
  const instance = { instanceId: crypto.randomUUID(), startedAt: now() };
  const api = createWorkerApi((input, init) => fetch(input, init));
  const sync = createSyncService({
    db,
    api,
    clock: {
      now,
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      random: Math.random,
    },
  });
  const deps = { db, api, sync, now, newId: () => crypto.randomUUID() };
  // The card asks the handlers for the capture the shortcut or the menu left for its tab.
  const capture = { browser: browserCaptureDeps, pending: createPendingCaptures() };
  // Listeners are added synchronously so the message or alarm that woke the worker is not missed;
  // each message is checked against who sent it (protocol.ts `messageSenders`).
  const handlers = createBackgroundHandlers(deps, { instance, capture });
  listenForMessages(handlers, browserSenderFacts(capture.pending));
  registerCapture(createCaptureFlow(deps, capture), capture.pending);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === syncAlarm) void sync.pollAll();
  });
  void ensureSyncAlarm();
  // The toolbar count and notifications of due status reports, from the local rows.
  startReminders(db, now);
  // The small summary the popup paints first, without waking this worker (db/popup-summary.ts).
  keepPopupSummary(db, now);
  globalThis.addEventListener('online', () => void sync.syncAllNow());
  // Pending edits survive restarts: push them as soon as the worker starts.
  void sync.pollAll();
  // Self-hosted Jira sites keep their content script (an update can drop run-time registrations).
  void restoreSelfHostedJira().catch(() => undefined);
});

/** Creating the alarm on every wake would restart its period; create it only when missing. */
async function ensureSyncAlarm(): Promise<void> {
  if (await browser.alarms.get(syncAlarm)) return;
  await browser.alarms.create(syncAlarm, { periodInMinutes: 1 });
}
