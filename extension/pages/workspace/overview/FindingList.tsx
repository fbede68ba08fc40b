import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AnyRecord } from '../../../../shared/entities';
import { type FindingFix, suggestFix } from '../../../../shared/health/fixes';
import { healthRules } from '../../../../shared/health/rules';
import type { Finding, Severity } from '../../../../shared/health/types';
import { formatMessage } from '../../../../shared/i18n/format-message';
import { PlaybookLinks } from '../../admin/playbooks/PlaybookLinks';
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

/** The findings of one rule, with the rule's title, severity and coaching once for all of them. */
interface FindingGroup {
  ruleId: string;
  severity: Severity;
  findings: Finding[];
}

function groupByRule(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (group) group.findings.push(finding);
    else groups.set(finding.ruleId, { ruleId: finding.ruleId, severity: finding.severity, findings: [finding] });
  }
  return [...groups.values()].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}

/** How many findings of a rule show before "Show all". */
const shownPerRule = 3;

/**
 * The health findings that apply to the project, by rule and worst first: each rule once with the
 * PMO's coaching (why it matters, how to fix), then what it found, each with a button that makes the
 * fix where it needs no decision, and a way to the record.
 */
export function FindingList({ view, navigate, mayWrite }: Pick<TabProps, 'view' | 'navigate' | 'mayWrite'>) {
  const groups = groupByRule(view.findings);
  return (
    <section class="card overview__findings" aria-labelledby="overview-findings-title">
      <h3 id="overview-findings-title">
        {i18n.t('workspace.overview.findingsTitle')} <span class="count">{view.findings.length}</span>
      </h3>
      {groups.length === 0 ? (
        <p class="muted" data-testid="no-findings">
          {i18n.t('workspace.overview.noFindings')}
        </p>
      ) : (
        <ul class="findings">
          {groups.map((group) => (
            <FindingRule key={group.ruleId} view={view} group={group} navigate={navigate} mayWrite={mayWrite} />
          ))}
        </ul>
      )}
    </section>
  );
}

function FindingRule({
  view,
  group,
  navigate,
  mayWrite,
}: Pick<TabProps, 'view' | 'navigate' | 'mayWrite'> & { group: FindingGroup }) {
  const [isAllShown, setIsAllShown] = useState(false);
  const rule = healthRules.find((candidate) => candidate.id === group.ruleId);
  const shown = isAllShown ? group.findings : group.findings.slice(0, shownPerRule);
  return (
    <li class={`finding finding--${group.severity}`} data-testid="finding-rule" data-rule={group.ruleId}>
      <p class="finding__head">
        <span class={`severity severity--${group.severity}`}>{i18n.t(`workspace.severity.${group.severity}`)}</span>
        {rule ? <strong>{formatMessage(view.language, rule.titleKey)}</strong> : null}
        {group.findings.length > 1 ? <span class="count">{group.findings.length}</span> : null}
      </p>
      <ul class="finding__items">
        {shown.map((finding) => (
          <FindingItem key={finding.entityId} view={view} finding={finding} navigate={navigate} mayWrite={mayWrite} />
        ))}
      </ul>
      {group.findings.length > shown.length ? (
        <button type="button" class="button button--quiet" onClick={() => setIsAllShown(true)}>
          {i18n.t('workspace.overview.showAll', [String(group.findings.length)])}
        </button>
      ) : null}
      <details class="finding__coaching">
        <summary>{i18n.t('workspace.overview.coaching')}</summary>
        <p data-testid="finding-coaching">{rule ? formatMessage(view.language, rule.coachingKey) : ''}</p>
      </details>
      <PlaybookLinks workspaceId={view.workspaceId} ruleId={group.ruleId} />
    </li>
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
    <li class="finding__item" data-testid="finding" data-rule={finding.ruleId}>
      <p class="finding__message">{formatMessage(view.language, finding.messageKey, finding.params)}</p>
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
