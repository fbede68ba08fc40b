import { i18n } from '#i18n';
import { issuesOfRisk } from '../../../../shared/analytics/raid/raid-links';
import type { Risk } from '../../../../shared/schemas/risk';
import { RelatedActions, RelatedDecisions } from './RelatedSections';
import { hrefOfRecord, OwnerName, PriorityChip, RecordAnchor } from './raid-bits';
import { useRaid } from './raid-context';
import { describeIssueStatus } from './raid-labels';

/**
 * A risk seen from RAID (`#/projects/<id>/raid/<riskId>`): the issue it became, its actions (and a
 * new one pre-linked to it) and the decisions about it, with the way back to the risk register.
 */
export function RiskFollowUp({ risk }: { risk: Risk }) {
  const { view, navigate, closeDrawer } = useRaid();
  const issues = issuesOfRisk(risk, view.records.issues);
  const target = { entity: 'risk', id: risk.id };
  return (
    <article class="raid-editor" aria-labelledby="raid-risk-title" data-testid="risk-follow-up">
      <header class="raid-editor__header">
        <div class="raid-editor__titles">
          <p class="raid-editor__kind">{i18n.t('workspaceRaid.editor.risk')}</p>
          <h2
            id="raid-risk-title"
            class="raid-editor__title"
            data-testid="raid-editor-title"
            tabIndex={-1}
            data-autofocus=""
          >
            {risk.title}
          </h2>
        </div>
        <button
          type="button"
          class="button button--quiet button--icon"
          data-testid="raid-editor-close"
          aria-label={i18n.t('workspaceRaid.editor.close')}
          title={i18n.t('workspaceRaid.editor.close')}
          onClick={() => closeDrawer()}
        >
          ×
        </button>
      </header>
      <dl class="raid-readonly">
        <div class="raid-readonly__row">
          <dt>{i18n.t('workspaceRaid.risk.status')}</dt>
          <dd>{i18n.t(`popup.status.${risk.status}` as const)}</dd>
        </div>
        <div class="raid-readonly__row">
          <dt>{i18n.t('workspaceRaid.fields.owner')}</dt>
          <dd>
            <OwnerName owner={risk.owner} />
          </dd>
        </div>
      </dl>
      <p>
        <a
          class="raid-link"
          data-testid="open-in-risks"
          href={hrefOfRecord(view.records.project.id, target)}
          onClick={(event) => {
            if (event.ctrlKey || event.metaKey || event.shiftKey) return;
            event.preventDefault();
            navigate({ tab: 'risks', recordId: risk.id });
          }}
        >
          {i18n.t('workspaceRaid.risk.openInRisks')}
        </a>
      </p>
      <section class="raid-related" aria-labelledby="raid-risk-issues" data-testid="risk-issues">
        <h3 id="raid-risk-issues">{i18n.t('workspaceRaid.related.issues')}</h3>
        {issues.length === 0 ? (
          <p class="muted">{i18n.t('workspaceRaid.related.noIssues')}</p>
        ) : (
          <ul class="raid-related__list">
            {issues.map((issue) => (
              <li key={issue.id} class="raid-related__item">
                <span class="raid-related__main">
                  <RecordAnchor link={{ entity: 'issue', id: issue.id }}>{issue.title}</RecordAnchor>
                  <span class="raid-related__meta">{describeIssueStatus(issue.status)}</span>
                </span>
                <PriorityChip priority={issue.priority} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <RelatedActions target={target} />
      <RelatedDecisions target={target} />
    </article>
  );
}
