import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AnyRecord } from '../../../../shared/entities';
import { type FindingFix, suggestFix } from '../../../../shared/health/fixes';
import { healthRules } from '../../../../shared/health/rules';
import type { Finding, Severity } from '../../../../shared/health/types';
import { formatMessage } from '../../../../shared/i18n/format-message';
import type { ProjectView } from '../project-view';
import type { TabProps } from '../tab-props';
import { useMutate } from '../use-mutate';
import { tabOfEntity } from './record-route';

const severityOrder: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** The record a finding is about, among the project's records. */
function findRecord(view: ProjectView, finding: Finding): AnyRecord | undefined {
  if (finding.entity === 'project') return view.records.project as AnyRecord;
  const lists: Record<string, readonly AnyRecord[] | undefined> = {
    risk: view.records.risks as AnyRecord[],
    milestone: view.records.milestones as AnyRecord[],
    action: view.records.actions as AnyRecord[],
    issue: view.records.issues as AnyRecord[],
    statusReport: view.records.statusReports as AnyRecord[],
    person: view.persons as AnyRecord[],
  };
  return lists[finding.entity]?.find((record) => record.id === finding.entityId);
}

/**
 * The health findings that apply to the project, worst first, each with the PMO's coaching (why it
 * matters, how to fix) and, where the fix needs no decision, a button that makes it.
 */
export function FindingList({ view, navigate, mayWrite }: Pick<TabProps, 'view' | 'navigate' | 'mayWrite'>) {
  const findings = [...view.findings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  return (
    <section class="card overview__findings" aria-labelledby="overview-findings-title">
      <h3 id="overview-findings-title">
        {i18n.t('workspace.overview.findingsTitle')} <span class="count">{findings.length}</span>
      </h3>
      {findings.length === 0 ? (
        <p class="muted" data-testid="no-findings">
          {i18n.t('workspace.overview.noFindings')}
        </p>
      ) : (
        <ul class="findings">
          {findings.map((finding) => (
            <FindingItem
              key={`${finding.ruleId}:${finding.entityId}`}
              view={view}
              finding={finding}
              navigate={navigate}
              mayWrite={mayWrite}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function FindingItem({
  view,
  finding,
  navigate,
  mayWrite,
}: Pick<TabProps, 'view' | 'navigate' | 'mayWrite'> & { finding: Finding }) {
  const mutate = useMutate(view.workspaceId);
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const rule = healthRules.find((candidate) => candidate.id === finding.ruleId);
  const record = findRecord(view, finding);
  const fix = suggestFix(finding, record, { today: view.today, me: view.member });
  const canFix = fix !== undefined && record !== undefined && mayWrite(finding.entity, record);
  const tab = tabOfEntity(finding.entity);

  async function applyFix(chosen: FindingFix) {
    setIsBusy(true);
    const outcome = await mutate(chosen.name, chosen.args as never);
    setIsBusy(false);
    setError(outcome.ok ? undefined : outcome.message);
  }

  return (
    <li class={`finding finding--${finding.severity}`} data-testid="finding" data-rule={finding.ruleId}>
      <p class="finding__head">
        <span class={`severity severity--${finding.severity}`}>{i18n.t(`workspace.severity.${finding.severity}`)}</span>
        {rule ? <strong>{formatMessage(view.language, rule.titleKey)}</strong> : null}
      </p>
      <p class="finding__message">{formatMessage(view.language, finding.messageKey, finding.params)}</p>
      <details class="finding__coaching">
        <summary>{i18n.t('workspace.overview.coaching')}</summary>
        <p data-testid="finding-coaching">{formatMessage(view.language, finding.coachingKey)}</p>
      </details>
      <div class="finding__actions">
        {canFix && fix ? (
          <button
            type="button"
            class="button button--primary"
            data-testid="finding-fix"
            disabled={isBusy}
            onClick={() => void applyFix(fix)}
          >
            {formatMessage(view.language, fix.labelKey)}
          </button>
        ) : null}
        {tab !== 'overview' ? (
          <button
            type="button"
            class="button button--quiet"
            data-testid="finding-open"
            onClick={() =>
              navigate({ tab, recordId: finding.entity === 'statusReport' ? undefined : finding.entityId })
            }
          >
            {i18n.t('workspace.overview.open')}
          </button>
        ) : null}
      </div>
      {error ? (
        <p class="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
