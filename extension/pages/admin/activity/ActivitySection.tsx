import { i18n } from '#i18n';
import type { AdminSectionProps } from '../admin-section-props';

/** Placeholder until the section is built (issue 16). */
export function ActivitySection(_props: AdminSectionProps) {
  return <p class="empty-state">{i18n.t('admin.comingSoon')}</p>;
}
