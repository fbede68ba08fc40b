import { useMemo, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { RecordLink } from '../../../../shared/analytics/raid/raid-links';
import { rankDecisions, rankIssues } from '../../../../shared/analytics/raid/raid-register';
import { rankRisks } from '../../../../shared/analytics/risk/top-risks';
import { useRaid } from './raid-context';
import { describeLinkedRecord } from './raid-labels';

const keyOf = (link: RecordLink) => `${link.entity}:${link.id}`;

function parseKey(key: string): RecordLink | undefined {
  const at = key.indexOf(':');
  return at > 0 ? { entity: key.slice(0, at), id: key.slice(at + 1) } : undefined;
}

interface LinkPickerProps {
  id: string;
  label: string;
  value: RecordLink | undefined;
  onValue(link: RecordLink | undefined): void;
  /** Records not to offer (the record itself, links it already has). */
  exclude?: readonly RecordLink[];
  /** The label of the empty choice; none when a choice is required. */
  emptyLabel?: string;
  /** Offer actions too (a decision may concern one; an action links to what it serves). */
  hasActions?: boolean;
}

/**
 * One record of the project to link to, grouped by kind, each kind in its register's own order
 * (risks by current score, issues most pressing first, decisions latest first).
 */
export function LinkPicker({
  id,
  label,
  value,
  onValue,
  exclude = [],
  emptyLabel,
  hasActions = false,
}: LinkPickerProps) {
  const { view, resolveLink } = useRaid();
  const { risks, issues, actions, gateReviews } = view.records;
  const excluded = new Set(exclude.map(keyOf));
  const groups = useMemo(
    () => [
      {
        entity: 'risk',
        label: i18n.t('workspaceRaid.linkKinds.risk'),
        items: rankRisks(risks).map((r) => ({ id: r.id, title: r.title })),
      },
      {
        entity: 'issue',
        label: i18n.t('workspaceRaid.linkKinds.issue'),
        items: rankIssues(issues).map((i) => ({ id: i.id, title: i.title })),
      },
      {
        entity: 'decision',
        label: i18n.t('workspaceRaid.linkKinds.decision'),
        items: rankDecisions(view.decisions).map((d) => ({ id: d.id, title: d.statement })),
      },
      ...(hasActions
        ? [
            {
              entity: 'action',
              label: i18n.t('workspaceRaid.linkKinds.action'),
              items: actions.map((a) => ({ id: a.id, title: a.title })),
            },
          ]
        : []),
      {
        entity: 'gateReview',
        label: i18n.t('workspaceRaid.linkKinds.gateReview'),
        items: gateReviews.map((review) => {
          const linked = resolveLink({ entity: 'gateReview', id: review.id });
          return { id: review.id, title: linked ? describeLinkedRecord(linked, view.template) : review.id };
        }),
      },
    ],
    [risks, issues, actions, gateReviews, view.decisions, view.template, hasActions],
  );
  const isGone = value !== undefined && resolveLink(value) === undefined;
  // Browsers fire input then change on a select, in one task; both are heard (either alone in a
  // test), and the second is dropped so adding a link never adds it twice.
  const lastChosen = useRef<string | undefined>(undefined);
  const choose = (event: { currentTarget: HTMLSelectElement }) => {
    const chosen = event.currentTarget.value;
    if (chosen === lastChosen.current || chosen === (value ? keyOf(value) : '')) return;
    lastChosen.current = chosen;
    setTimeout(() => {
      lastChosen.current = undefined;
    });
    onValue(parseKey(chosen));
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} data-testid={id} value={value ? keyOf(value) : ''} onInput={choose} onChange={choose}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {value && isGone ? <option value={keyOf(value)}>{i18n.t('workspaceRaid.linkGone')}</option> : null}
        {groups
          .filter((group) => group.items.length > 0)
          .map((group) => (
            <optgroup key={group.entity} label={group.label}>
              {group.items
                .filter(
                  (item) =>
                    !excluded.has(`${group.entity}:${item.id}`) ||
                    (value && keyOf(value) === `${group.entity}:${item.id}`),
                )
                .map((item) => (
                  <option key={item.id} value={`${group.entity}:${item.id}`}>
                    {item.title}
                  </option>
                ))}
            </optgroup>
          ))}
      </select>
    </div>
  );
}
