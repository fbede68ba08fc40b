import { i18n } from '#i18n';
import type { MemberRefusal } from '../../../../shared/directory/member-rules';
import type { Role } from '../../../../shared/schemas/common';
import { readUiLanguage } from '../../../messaging/ui-language';

/** A role as the catalog names it ("Project manager"). */
export function describeRole(role: Role): string {
  return i18n.t(`roles.${role}`);
}

/** Why a change is not offered, said before any click (shared/directory/member-rules.ts decides). */
export function describeRefusal(refusal: MemberRefusal): string {
  return i18n.t(`adminMembers.refusals.${refusal}`);
}

const minute = 60_000;
const day = 24 * 60 * minute;

/** "Last seen": "never", "just now", "N minutes/hours ago", else the date in the reader's language. */
export function formatLastSeen(lastSeenAt: string | null, nowMs: number): string {
  if (!lastSeenAt) return i18n.t('adminMembers.lastSeen.never');
  const ago = nowMs - Date.parse(lastSeenAt);
  if (ago < 2 * minute) return i18n.t('adminMembers.lastSeen.justNow');
  if (ago < 60 * minute) return i18n.t('adminMembers.lastSeen.minutes', Math.floor(ago / minute));
  if (ago < day) return i18n.t('adminMembers.lastSeen.hours', Math.floor(ago / (60 * minute)));
  return formatDateTime(lastSeenAt);
}

/** A moment as the reader writes it, to the minute (an invite's expiry, a precise "last seen"). */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(readUiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
