import { i18n } from '#i18n';
import { needsEscalation } from '../../../../shared/analytics/risk/escalation';
import { currentScore } from '../../../../shared/analytics/risk/risk-rating';
import type { Risk } from '../../../../shared/schemas/risk';
import { formatWorkspaceRoute } from '../../../messaging/workspace-route';
import { formatDay } from '../format';
import type { ProjectView } from '../project-view';
import type { TabProps } from '../tab-props';

interface RiskRecordInfoProps {
  risk: Risk;
  view: ProjectView;
  navigate: TabProps['navigate'];
}

/** A link to a RAID record of the project: its address (a new tab works too), followed in place on click. */
function RaidLink({ id, text, view, navigate }: { id: string; text: string } & Omit<RiskRecordInfoProps, 'risk'>) {
  const href = formatWorkspaceRoute({ projectId: view.records.project.id, tab: 'raid', recordId: id });
  return (
    <a
      href={href}
      data-testid={`risk-link-${id}`}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate({ tab: 'raid', recordId: id });
      }}
    >
      {text}
    </a>
  );
}

/** Escalation: to whom, when and why; or that it needs one (shared/analytics/risk/escalation.ts). */
export function RiskEscalationInfo({ risk, view }: Omit<RiskRecordInfoProps, 'navigate'>) {
  const appetite = view.settings.riskAppetite;
  return (
    <div class="risks-info" data-testid="risk-escalation">
      {risk.escalatedAt ? (
        <>
          <p>{i18n.t('workspaceRisks.editor.escalatedTo', [risk.escalatedTo ?? '—', formatDay(risk.escalatedAt)])}</p>
          {risk.escalationReason ? (
            <p class="risks-info__text">{i18n.t('workspaceRisks.editor.escalatedReason', [risk.escalationReason])}</p>
          ) : null}
        </>
      ) : (
        <p class="muted">{i18n.t('workspaceRisks.editor.notEscalated')}</p>
      )}
      {needsEscalation(risk, appetite) ? (
        <p class="risks-note risks-note--warn">
          {i18n.t('workspaceRisks.editor.aboveAppetite', [String(currentScore(risk)), String(appetite)])}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The records linked to a risk, followed to the RAID tab: the issue it became (`issueId`, or an
 * issue naming it as `riskId`) and the actions whose link names it.
 */
export function RiskLinks({ risk, view, navigate }: RiskRecordInfoProps) {
  const issues = view.records.issues.filter((issue) => issue.id === risk.issueId || issue.riskId === risk.id);
  const actions = view.records.actions.filter((action) => action.link?.entity === 'risk' && action.link.id === risk.id);
  const isIssueMissing = risk.issueId !== undefined && !issues.some((issue) => issue.id === risk.issueId);
  return (
    <div class="risks-info" data-testid="risk-links">
      {issues.length > 0 || isIssueMissing ? (
        <div>
          <h4 class="risks-info__label">{i18n.t('workspaceRisks.linked.issue')}</h4>
          <ul class="risks-links">
            {issues.map((issue) => (
              <li key={issue.id}>
                <RaidLink id={issue.id} text={issue.title} view={view} navigate={navigate} />
              </li>
            ))}
            {isIssueMissing ? <li class="muted">{i18n.t('workspaceRisks.linked.issueMissing')}</li> : null}
          </ul>
        </div>
      ) : null}
      <div>
        <h4 class="risks-info__label">{i18n.t('workspaceRisks.linked.actions')}</h4>
        {actions.length > 0 ? (
          <ul class="risks-links">
            {actions.map((action) => (
              <li key={action.id}>
                <RaidLink id={action.id} text={action.title} view={view} navigate={navigate} />
                <span class="muted">
                  {' · '}
                  {action.done
                    ? i18n.t('workspaceRisks.linked.done')
                    : action.dueDate
                      ? i18n.t('workspaceRisks.linked.due', [formatDay(action.dueDate)])
                      : i18n.t('workspaceRisks.linked.noDue')}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{i18n.t('workspaceRisks.linked.noActions')}</p>
        )}
      </div>
    </div>
  );
}

/** Who raised the risk and when, and where it was captured from: all plain text, never a live link. */
export function RiskOrigin({ risk }: { risk: Risk }) {
  const source = [risk.source?.jiraKey, risk.source?.pageTitle, risk.source?.url].filter((part) => part).join(' · ');
  if (!risk.raisedOn && !source && !risk.source?.quote) return null;
  return (
    <div class="risks-info" data-testid="risk-origin">
      {risk.raisedOn ? (
        <p class="muted">
          {risk.raisedBy
            ? i18n.t('workspaceRisks.editor.raised', [formatDay(risk.raisedOn), risk.raisedBy])
            : i18n.t('workspaceRisks.editor.raisedOn', [formatDay(risk.raisedOn)])}
        </p>
      ) : null}
      {source ? <p class="muted risks-info__text">{i18n.t('workspaceRisks.editor.source', [source])}</p> : null}
      {risk.source?.quote ? <blockquote class="risks-info__quote">{risk.source.quote}</blockquote> : null}
    </div>
  );
}
