import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { GanttTick } from '../../../../shared/analytics/schedule/gantt-layout';
import type { PlanEntryKind } from '../../../../shared/analytics/schedule/plan-schedule';

const language = () => browser.i18n.getUILanguage();
const utc = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/** A tick's label: `12 Jan` for a week, `Jan` or `January 2026` for a month, `Q1 2026`, `2026`. */
export function formatTick(tick: GanttTick, isUpper: boolean): string {
  const date = utc(tick.date);
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(language(), { ...options, timeZone: 'UTC' }).format(date);
  if (tick.unit === 'day' || tick.unit === 'week') return format({ day: 'numeric', month: 'short' });
  if (tick.unit === 'month') return isUpper ? format({ month: 'long', year: 'numeric' }) : format({ month: 'short' });
  if (tick.unit === 'quarter') {
    const quarter = Math.floor(date.getUTCMonth() / 3) + 1;
    return i18n.t('workspacePlan.quarter', [String(quarter), String(date.getUTCFullYear())]);
  }
  return String(date.getUTCFullYear());
}

/** `+3 wd` / `−2 wd`: a number of working days, signed. */
export function formatWorkingDays(days: number | null): string {
  if (days === null) return '—';
  const sign = days > 0 ? '+' : days < 0 ? '−' : '';
  return i18n.t('workspacePlan.workingDays', [`${sign}${Math.abs(days)}`]);
}

export const describeKind = (kind: PlanEntryKind) => i18n.t(`workspacePlan.kinds.${kind}` as const);
