import type { ImportKind } from '../../../shared/tabular/index';

/** `<project code>-<kind>-<yyyy-mm-dd>.csv`, dated in the user's time zone. */
export function exportFileName(projectCode: string, kind: ImportKind, now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0'));
  const code = projectCode.replace(/[^A-Za-z0-9_-]+/g, '_') || 'project';
  return `${code}-${kind}-${day.join('-')}.csv`;
}
