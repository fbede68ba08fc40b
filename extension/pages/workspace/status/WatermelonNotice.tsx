import { i18n } from '#i18n';
import type { Finding } from '../../../../shared/health/types';
import { formatMessage, type Language } from '../../../../shared/i18n/format-message';

/**
 * The watermelon finding of the draft, live while the PM chooses (shared/reports/watermelon-preview.ts):
 * what contradicts the green, and the PMO's coaching on what to do about it.
 */
export function WatermelonNotice({ finding, language }: { finding: Finding; language: Language }) {
  return (
    <div class={`watermelon watermelon--${finding.severity}`} role="alert" data-testid="watermelon-finding">
      <p class="watermelon__title">
        {formatMessage(language, 'health.watermelon.title')}
        <span class="watermelon__severity">{i18n.t(`workspaceStatus.severity.${finding.severity}`)}</span>
      </p>
      <p data-testid="watermelon-message">{formatMessage(language, finding.messageKey, finding.params)}</p>
      <p class="watermelon__coaching" data-testid="watermelon-coaching">
        <strong>{i18n.t('workspaceStatus.coaching')}</strong> {formatMessage(language, finding.coachingKey)}
      </p>
    </div>
  );
}
