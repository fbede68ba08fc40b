import { i18n } from '#i18n';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * How long ago a moment was, in the user's language: "just now", "2 min ago", "3 h ago", "2 days ago".
 * A moment in the future (the clock moved back) counts as just now.
 */
export function describeTimeAgo(since: string, nowMs: number): string {
  const elapsed = nowMs - Date.parse(since);
  if (Number.isNaN(elapsed) || elapsed < minute) return i18n.t('sync.justNow');
  if (elapsed < hour) return i18n.t('sync.minutesAgo', Math.floor(elapsed / minute));
  if (elapsed < day) return i18n.t('sync.hoursAgo', Math.floor(elapsed / hour));
  return i18n.t('sync.daysAgo', Math.floor(elapsed / day));
}

/** When a paused sync tries again: "retrying in 12 s", "retrying in 3 min", or "retrying shortly" once due. */
export function describeRetry(retryAt: string | null | undefined, nowMs: number): string {
  const left = retryAt ? Date.parse(retryAt) - nowMs : Number.NaN;
  if (Number.isNaN(left) || left <= 0) return i18n.t('sync.retryingShortly');
  if (left < 90 * second) return i18n.t('sync.retryingInSeconds', Math.ceil(left / second));
  return i18n.t('sync.retryingInMinutes', Math.ceil(left / minute));
}
