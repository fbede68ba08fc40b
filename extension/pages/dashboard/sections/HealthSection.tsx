import { i18n } from '#i18n';
import { healthRules } from '../../../../shared/health/rules';
import type { Severity } from '../../../../shared/health/types';
import { formatMessage } from '../../../../shared/i18n/format-message';
import { readUiLanguage } from '../../../messaging/ui-language';
import type { DashboardSectionProps } from '../dashboard-section-props';

const severities: Severity[] = ['critical', 'warning', 'info'];

function SeverityCells({ counts }: { counts: Record<Severity, number> }) {
  return (
    <>
      {severities.map((severity) => (
        <td key={severity} class="number" data-severity={severity} data-value={counts[severity]}>
          {counts[severity] > 0 ? (
            <span class={`severity severity--${severity}`}>{counts[severity]}</span>
          ) : (
            <span class="muted">0</span>
          )}
        </td>
      ))}
    </>
  );
}

/** The total as a number and, left of it, a bar split by severity, scaled to the table's largest total. */
function TotalCell({ counts, total, max }: { counts: Record<Severity, number>; total: number; max: number }) {
  return (
    <td class="number league-total" data-value={total}>
      <span class="league-bar" aria-hidden="true">
        {severities.map((severity) =>
          counts[severity] > 0 ? (
            <span
              key={severity}
              class={`league-bar__part league-bar__part--${severity}`}
              style={{ width: `${(counts[severity] / Math.max(1, max)) * 100}%` }}
            />
          ) : null,
        )}
      </span>
      <span class="league-total__value">{total}</span>
    </td>
  );
}

/**
 * Where the method is not followed: health findings counted by project and by rule, worst first,
 * each rule named and coached as the workspace app's findings list does (shared/health/rules).
 */
export function HealthSection({ data }: DashboardSectionProps) {
  const { findingLeague } = data.shown;
  const language = readUiLanguage();
  const codeOf = new Map(data.shown.projects.map((project) => [project.projectId, project.code]));
  const maxByProject = Math.max(1, ...findingLeague.byProject.map((entry) => entry.total));
  const maxByRule = Math.max(1, ...findingLeague.byRule.map((entry) => entry.total));
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {severities.map((severity) => (
          <th key={severity} scope="col" class="number">
            {i18n.t(`workspace.severity.${severity}`)}
          </th>
        ))}
        <th scope="col" class="number league-total">
          {i18n.t('dashboard.health.total')}
        </th>
      </tr>
    </thead>
  );
  return (
    <div class="dashboard-health">
      <section class="card" aria-labelledby="league-project-title">
        <h3 id="league-project-title" class="card__title">
          {i18n.t('dashboard.health.byProject')}
        </h3>
        <div class="dashboard-table-wrap">
          <table class="dashboard-table dashboard-table--sticky league" data-testid="league-by-project">
            {head(i18n.t('dashboard.grid.code'))}
            <tbody>
              {findingLeague.byProject.map((entry) => (
                <tr key={entry.projectId} data-testid={`league-project-${entry.code}`}>
                  <th scope="row">{entry.code}</th>
                  <SeverityCells counts={entry.counts} />
                  <TotalCell counts={entry.counts} total={entry.total} max={maxByProject} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section class="card" aria-labelledby="league-rule-title">
        <h3 id="league-rule-title" class="card__title">
          {i18n.t('dashboard.health.byRule')}
        </h3>
        {findingLeague.byRule.length === 0 ? (
          <p class="muted">{i18n.t('dashboard.health.none')}</p>
        ) : (
          <div class="dashboard-table-wrap">
            <table class="dashboard-table league" data-testid="league-by-rule">
              {head(i18n.t('dashboard.health.rule'))}
              <tbody>
                {findingLeague.byRule.map((entry) => {
                  const rule = healthRules.find((candidate) => candidate.id === entry.ruleId);
                  return (
                    <tr key={entry.ruleId} data-testid={`league-rule-${entry.ruleId}`}>
                      <th scope="row" class="league__rule">
                        {rule ? formatMessage(language, rule.titleKey) : entry.ruleId}
                        <details class="dashboard-coaching">
                          <summary>{i18n.t('workspace.overview.coaching')}</summary>
                          <p>{rule ? formatMessage(language, rule.coachingKey) : ''}</p>
                          <p class="muted">
                            {i18n.t('dashboard.health.projects', [
                              entry.projectIds.map((id) => codeOf.get(id) ?? id).join(', '),
                            ])}
                          </p>
                        </details>
                      </th>
                      <SeverityCells counts={entry.counts} />
                      <TotalCell counts={entry.counts} total={entry.total} max={maxByRule} />
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
