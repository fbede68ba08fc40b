import { i18n } from '#i18n';
import { issuesOfRisk } from '../../../../shared/analytics/raid/raid-links';
import type { Risk } from '../../../../shared/schemas/risk';
import { EditorHeader } from './EditorHeader';
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
      <EditorHeader
        titleId="raid-risk-title"
        kindLabel={i18n.t('workspaceRaid.editor.risk')}
        heading={risk.title}
        isHeadingFocused
        headingTestId="raid-editor-title"
        closeLabel={i18n.t('workspaceRaid.editor.close')}
        closeTestId="raid-editor-close"
        onClose={() => closeDrawer()}
      />
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
