import { i18n } from '#i18n';
import { healthRules } from '../../../../shared/health/rules';
import type { Severity } from '../../../../shared/health/types';
import { formatMessage, type Language } from '../../../../shared/i18n/format-message';
import type { WorkspaceSettingsFields } from '../../../../shared/schemas/workspace-settings';
import { setRuleOverride } from './settings-form';

const severities: readonly Severity[] = ['info', 'warning', 'critical'];

interface HealthRuleTableProps {
  overrides: WorkspaceSettingsFields['healthRules'];
  onChange(overrides: WorkspaceSettingsFields['healthRules']): void;
  language: Language;
  isReadOnly: boolean;
}

/**
 * Each health rule (shared/health/rules/) on or off with its severity, as settings.healthRules
 * holds them and runHealthChecks applies them: a rule switched off finds nothing for anyone.
 */
export function HealthRuleTable({ overrides, onChange, language, isReadOnly }: HealthRuleTableProps) {
  return (
    <div class="settings-table-scroll">
      <table class="settings-table settings-rules" data-testid="settings-rules">
        <caption class="visually-hidden">{i18n.t('adminSettings.rules.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('adminSettings.rules.rule')}</th>
            <th scope="col">{i18n.t('adminSettings.rules.enabled')}</th>
            <th scope="col">{i18n.t('adminSettings.rules.severity')}</th>
          </tr>
        </thead>
        <tbody>
          {healthRules.map((rule) => {
            const override = overrides[rule.id];
            const isEnabled = override?.enabled ?? true;
            const severity = override?.severity ?? rule.defaultSeverity;
            const title = formatMessage(language, rule.titleKey);
            const change = (next: { enabled?: boolean; severity?: Severity }) =>
              onChange(
                setRuleOverride(overrides, rule.id, { enabled: isEnabled, severity, ...next }, rule.defaultSeverity),
              );
            return (
              <tr key={rule.id} data-testid="settings-rule" data-rule-id={rule.id} data-enabled={String(isEnabled)}>
                <th scope="row" id={`rule-${rule.id}`}>
                  {title}
                </th>
                <td>
                  <label class="settings-rules__switch">
                    <input
                      type="checkbox"
                      data-testid={`settings-rule-${rule.id}-enabled`}
                      checked={isEnabled}
                      disabled={isReadOnly}
                      aria-describedby={`rule-${rule.id}`}
                      onChange={(event) => change({ enabled: event.currentTarget.checked })}
                    />
                    <span>
                      {isEnabled ? i18n.t('adminSettings.rules.switchOn') : i18n.t('adminSettings.rules.switchOff')}
                    </span>
                  </label>
                </td>
                <td>
                  <select
                    data-testid={`settings-rule-${rule.id}-severity`}
                    aria-label={i18n.t('adminSettings.rules.severityOf', [title])}
                    value={severity}
                    disabled={isReadOnly || !isEnabled}
                    onChange={(event) => change({ severity: event.currentTarget.value as Severity })}
                  >
                    {severities.map((each) => (
                      <option key={each} value={each}>
                        {i18n.t(`adminSettings.severity.${each}`)}
                        {each === rule.defaultSeverity ? ` ${i18n.t('adminSettings.rules.default')}` : ''}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
