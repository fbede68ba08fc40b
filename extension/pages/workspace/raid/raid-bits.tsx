import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { RecordLink } from '../../../../shared/analytics/raid/raid-links';
import { daysPastDue } from '../../../../shared/analytics/raid/raid-overdue';
import type { Action, Issue } from '../../../../shared/schemas/raid';
import { formatWorkspaceRoute } from '../../../messaging/workspace-route';
import { formatDay } from '../format';
import { useRaid } from './raid-context';
import { describeLinkedRecord, describeLinkKind, describePriority, priorityTone } from './raid-labels';

/** Where a record opens: a risk in the risk register, a RAID item in this tab. */
export function hrefOfRecord(projectId: string, link: RecordLink): string {
  return formatWorkspaceRoute({ projectId, tab: link.entity === 'risk' ? 'risks' : 'raid', recordId: link.id });
}

/**
 * A link to a record of the project: a real address (open it in a new tab, copy it), followed in
 * the app on a plain click. Gate reviews have no screen yet, so they are named, not linked.
 */
export function RecordAnchor({
  link,
  children,
  testId,
  className,
}: {
  link: RecordLink;
  children: ComponentChildren;
  testId?: string;
  className?: string;
}) {
  const { view, openRecord } = useRaid();
  if (link.entity === 'gateReview') return <span class={className}>{children}</span>;
  return (
    <a
      class={className ?? 'raid-link'}
      href={hrefOfRecord(view.records.project.id, link)}
      data-record-link={link.id}
      data-testid={testId}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        openRecord(link);
      }}
    >
      {children}
    </a>
  );
}

/** A list row's first cell: the record's name opening it, then its reference ("A-12") and what else the list says of it. */
export function TitleCell({
  link,
  title,
  reference,
  children,
}: {
  link: RecordLink;
  title: string;
  reference: string | undefined;
  children?: ComponentChildren;
}) {
  return (
    <th scope="row" class="raid-cell--title">
      <RecordAnchor link={link} className="raid-title-link">
        {title}
      </RecordAnchor>
      {reference ? <span class="raid-ref">{reference}</span> : null}
      {children}
    </th>
  );
}

/** An action's or decision's link: the kind, then the record's name as a link, or "no link" when it is gone. */
export function LinkedRecordLabel({ link, testId }: { link: RecordLink | undefined; testId?: string }) {
  const { view, resolveLink } = useRaid();
  if (!link) return <span class="muted">{i18n.t('workspaceRaid.linkNone')}</span>;
  const linked = resolveLink(link);
  if (!linked) return <span class="muted">{i18n.t('workspaceRaid.linkGone')}</span>;
  return (
    <span class="raid-linked" data-testid={testId}>
      <span class="raid-linked__kind">{describeLinkKind(linked.entity)}</span>{' '}
      <RecordAnchor link={link}>{describeLinkedRecord(linked, view.template)}</RecordAnchor>
    </span>
  );
}

/** "Overdue by 3 days": words, never colour alone; shown only for what the shared rule calls overdue. */
export function OverdueBadge({ dueDate, today }: { dueDate: string | undefined; today: string }) {
  const days = daysPastDue(dueDate, today) ?? 0;
  return (
    <span class="raid-overdue" data-testid="overdue-badge">
      {i18n.t('workspaceRaid.overdueDays', days)}
    </span>
  );
}

/** A due date, with its overdue badge when the item is overdue. */
export function DueDate({ dueDate, isOverdue, today }: { dueDate?: string; isOverdue: boolean; today: string }) {
  if (!dueDate) return <span class="muted">{i18n.t('workspaceRaid.noDate')}</span>;
  return (
    <span class="raid-due">
      <span>{formatDay(dueDate)}</span>
      {isOverdue ? <OverdueBadge dueDate={dueDate} today={today} /> : null}
    </span>
  );
}

/** The owner and due-date cells of a RAID row with a deadline (actions, issues), side by side. */
export function OwnerAndDueCells({
  owner,
  dueDate,
  isOverdue,
  today,
}: {
  owner?: { name: string };
  dueDate?: string;
  isOverdue: boolean;
  today: string;
}) {
  return (
    <>
      <td data-label={i18n.t('workspaceRaid.columns.owner')}>
        <OwnerName owner={owner} />
      </td>
      <td data-label={i18n.t('workspaceRaid.columns.dueDate')}>
        <DueDate dueDate={dueDate} isOverdue={isOverdue} today={today} />
      </td>
    </>
  );
}

export function PriorityChip({ priority }: { priority: Issue['priority'] }) {
  return (
    <span class={`raid-chip chip--${priorityTone[priority]}`} data-priority={priority}>
      {describePriority(priority)}
    </span>
  );
}

export function OwnerName({ owner }: { owner?: { name: string } }) {
  return owner ? <span>{owner.name}</span> : <span class="muted">{i18n.t('workspaceRaid.unassigned')}</span>;
}

/**
 * Marks an action done (or open again) in one click, with an undo; hidden for whoever may not change
 * the action. The `expected` value means a concurrent change of heart is not overwritten.
 */
export function MarkDoneButton({ action }: { action: Action }) {
  const { mayWrite, mutate, notify } = useRaid();
  const [isBusy, setIsBusy] = useState(false);
  if (!mayWrite('action', action)) return null;

  async function setDone(done: boolean, isUndo = false) {
    setIsBusy(true);
    const outcome = await mutate('action.update', { id: action.id, patch: { done }, expected: { done: !done } });
    setIsBusy(false);
    if (!outcome.ok) {
      notify({ message: outcome.message });
      return;
    }
    if (isUndo) {
      notify(undefined);
      return;
    }
    notify({
      message: i18n.t(done ? 'workspaceRaid.markedDone' : 'workspaceRaid.reopened', [action.title]),
      undo: () => void setDone(!done, true),
    });
    // The row may leave the list (it is filtered to open actions): keep the keyboard user on the undo.
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body)
        document.querySelector<HTMLElement>('[data-testid="raid-undo"]')?.focus();
    });
  }

  return (
    <button
      type="button"
      class={action.done ? 'button button--quiet raid-done' : 'button raid-done'}
      data-testid={action.done ? `action-reopen-${action.id}` : `action-done-${action.id}`}
      disabled={isBusy}
      aria-label={i18n.t(action.done ? 'workspaceRaid.reopenLabel' : 'workspaceRaid.markDoneLabel', [action.title])}
      onClick={() => void setDone(!action.done)}
    >
      {action.done ? i18n.t('workspaceRaid.reopen') : i18n.t('workspaceRaid.markDone')}
    </button>
  );
}
