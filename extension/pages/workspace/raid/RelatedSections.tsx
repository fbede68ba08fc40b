import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { decisionsLinkedTo, linkKeyOf, type RecordLink } from '../../../../shared/analytics/raid/raid-links';
import { isActionOverdue } from '../../../../shared/analytics/raid/raid-overdue';
import type { Source } from '../../../../shared/schemas/risk';
import { formatDay } from '../format';
import { DueDate, MarkDoneButton, OwnerName, RecordAnchor } from './raid-bits';
import { useRaid } from './raid-context';

/** The actions linked to a record, each followed in a click, and a new one pre-linked to it. */
/** Actions listed at first under a record: an issue may gather hundreds, the open and soonest come first. */
const relatedPageSize = 20;

export function RelatedActions({ target }: { target: RecordLink }) {
  const { view, actionsByLink, mayWrite, startCreate } = useRaid();
  const actions = actionsByLink.get(linkKeyOf(target)) ?? [];
  const [limit, setLimit] = useState(relatedPageSize);
  const headingId = `related-actions-${target.id}`;
  return (
    <section class="raid-related" aria-labelledby={headingId} data-testid="related-actions">
      <div class="raid-related__head">
        <h3 id={headingId}>
          {i18n.t('workspaceRaid.related.actions')} <span class="raid-count">{actions.length.toLocaleString()}</span>
        </h3>
        {mayWrite('action') ? (
          <button
            type="button"
            class="button"
            data-testid="add-linked-action"
            onClick={() => startCreate('action', target)}
          >
            {i18n.t('workspaceRaid.related.addAction')}
          </button>
        ) : null}
      </div>
      {actions.length === 0 ? (
        <p class="muted">{i18n.t('workspaceRaid.related.noActions')}</p>
      ) : (
        <ul class="raid-related__list">
          {actions.slice(0, limit).map((action) => {
            const isOverdue = isActionOverdue(action, view.today);
            return (
              <li
                key={action.id}
                class={isOverdue ? 'raid-related__item raid-related__item--overdue' : 'raid-related__item'}
                data-testid={`related-action-${action.id}`}
              >
                <span class="raid-related__main">
                  <RecordAnchor
                    link={{ entity: 'action', id: action.id }}
                    className={action.done ? 'raid-link raid-link--done' : 'raid-link'}
                  >
                    {action.title}
                  </RecordAnchor>
                  <span class="raid-related__meta">
                    <OwnerName owner={action.owner} /> ·{' '}
                    <DueDate dueDate={action.dueDate} isOverdue={isOverdue} today={view.today} />
                    {action.done ? <> · {i18n.t('workspaceRaid.actionStates.done')}</> : null}
                  </span>
                </span>
                <MarkDoneButton action={action} />
              </li>
            );
          })}
        </ul>
      )}
      {actions.length > limit ? (
        <button
          type="button"
          class="button raid-related__more"
          data-testid="related-actions-more"
          onClick={() => setLimit(limit + 100)}
        >
          {i18n.t('workspaceRaid.showMore', [String(Math.min(100, actions.length - limit))])}
        </button>
      ) : null}
    </section>
  );
}

/** The decisions whose links name a record. */
export function RelatedDecisions({ target }: { target: RecordLink }) {
  const { view } = useRaid();
  const decisions = decisionsLinkedTo(view.decisions, target);
  if (decisions.length === 0) return null;
  const headingId = `related-decisions-${target.id}`;
  return (
    <section class="raid-related" aria-labelledby={headingId} data-testid="related-decisions">
      <h3 id={headingId}>
        {i18n.t('workspaceRaid.related.decisions')} <span class="raid-count">{decisions.length}</span>
      </h3>
      <ul class="raid-related__list">
        {decisions.map((decision) => (
          <li key={decision.id} class="raid-related__item">
            <span class="raid-related__main">
              <RecordAnchor link={{ entity: 'decision', id: decision.id }}>{decision.statement}</RecordAnchor>
              <span class="raid-related__meta">
                {formatDay(decision.decidedOn)} · {decision.decidedBy}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Only web addresses become links; anything else captured (javascript:, data:) stays text. */
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

/** Where a record was captured from: page, quote, Jira key; all of it plain text from a web page. */
export function SourceDetails({ source }: { source: Source | undefined }) {
  if (!source || (!source.url && !source.pageTitle && !source.quote && !source.jiraKey)) return null;
  return (
    <section class="raid-related" aria-labelledby="raid-source-title" data-testid="raid-source">
      <h3 id="raid-source-title">{i18n.t('workspaceRaid.source.title')}</h3>
      <dl class="raid-readonly">
        {source.url || source.pageTitle ? (
          <div class="raid-readonly__row raid-readonly__row--wide">
            <dt>{i18n.t('workspaceRaid.source.page')}</dt>
            <dd>
              {source.url && isWebAddress(source.url) ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer" class="raid-link raid-break">
                  {source.pageTitle ?? source.url}
                </a>
              ) : (
                <span class="raid-break">{source.pageTitle ?? source.url}</span>
              )}
            </dd>
          </div>
        ) : null}
        {source.jiraKey ? (
          <div class="raid-readonly__row">
            <dt>{i18n.t('workspaceRaid.source.jira')}</dt>
            <dd>{source.jiraKey}</dd>
          </div>
        ) : null}
        {source.quote ? (
          <div class="raid-readonly__row raid-readonly__row--wide">
            <dt>{i18n.t('workspaceRaid.source.quote')}</dt>
            <dd>
              <blockquote class="raid-quote raid-multiline">{source.quote}</blockquote>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
