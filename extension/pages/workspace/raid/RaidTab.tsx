import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { createLinkResolver, indexActionsByLink, type RecordLink } from '../../../../shared/analytics/raid/raid-links';
import { isActionOverdue, isIssueOverdue } from '../../../../shared/analytics/raid/raid-overdue';
import type { TabProps } from '../tab-props';
import { useMutate } from '../use-mutate';
import { ActionEditor } from './ActionEditor';
import { ActionList, type ActionListState, defaultActionListState } from './ActionList';
import { DecisionEditor } from './DecisionEditor';
import { DecisionList, type DecisionListState, defaultDecisionListState } from './DecisionList';
import { PersonsDatalist } from './EditorFields';
import { IssueEditor } from './IssueEditor';
import { defaultIssueListState, IssueList, type IssueListState } from './IssueList';
import { RaidDrawer } from './RaidDrawer';
import { RiskFollowUp } from './RiskFollowUp';
import { RaidContext, type RaidContextValue, type RaidNotice, useRaid } from './raid-context';
import { entityOfKind, type RaidEntity, type RaidKind, raidKinds } from './raid-labels';
import './raid.css';

const kindOfEntity: Record<RaidEntity, RaidKind> = { issue: 'issues', decision: 'decisions', action: 'actions' };

/**
 * The RAID tab (issue 14 "RAID"): the project's issues, decisions and actions as three lists with
 * filters, search and sorting, each record opening in a drawer to edit, and links between a risk,
 * its issue and its actions followed both ways. `#/projects/<id>/raid/<recordId>` opens that record,
 * whichever kind it is; a risk's id opens what RAID holds about it.
 */
export function RaidTab({ view, recordId, navigate, mayWrite }: TabProps) {
  const mutate = useMutate(view.workspaceId);
  const { records } = view;
  const resolveLink = useMemo(
    () =>
      createLinkResolver({
        risks: records.risks,
        issues: records.issues,
        decisions: view.decisions,
        actions: records.actions,
        gateReviews: records.gateReviews,
      }),
    [records, view.decisions],
  );
  const actionsByLink = useMemo(() => indexActionsByLink(records.actions), [records.actions]);
  const opened = recordId
    ? (['issue', 'decision', 'action', 'risk'] as const)
        .map((entity) => resolveLink({ entity, id: recordId }))
        .find((linked) => linked !== undefined)
    : undefined;

  const [kind, setKind] = useState<RaidKind>(() =>
    opened && opened.entity !== 'risk' && opened.entity !== 'gateReview' ? kindOfEntity[opened.entity] : 'issues',
  );
  const [issueState, setIssueState] = useState<IssueListState>(defaultIssueListState);
  const [decisionState, setDecisionState] = useState<DecisionListState>(defaultDecisionListState);
  const [actionState, setActionState] = useState<ActionListState>(defaultActionListState);
  const [creating, setCreating] = useState<{ entity: RaidEntity; link?: RecordLink }>();
  const [notice, setNotice] = useState<RaidNotice>();
  const closeGuard = useRef<(() => boolean) | undefined>(undefined);

  // A record named by the address shows in its own list, and replaces any form left open (only when
  // the address changes: the first render has nothing to replace, and a click may already be in).
  const shownRecordId = useRef(recordId);
  useEffect(() => {
    if (shownRecordId.current !== recordId) setCreating(undefined);
    shownRecordId.current = recordId;
    if (opened && (opened.entity === 'issue' || opened.entity === 'decision' || opened.entity === 'action')) {
      setKind(kindOfEntity[opened.entity]);
    }
  }, [recordId, opened?.entity]);

  const mayLeave = () => closeGuard.current?.() ?? true;

  const context: RaidContextValue = {
    view,
    mayWrite,
    mutate,
    navigate,
    resolveLink,
    actionsByLink,
    notify: setNotice,
    registerCloseGuard: (guard) => {
      closeGuard.current = guard;
    },
    openRecord(link) {
      if (!mayLeave()) return;
      setCreating(undefined);
      navigate({ tab: link.entity === 'risk' ? 'risks' : 'raid', recordId: link.id });
    },
    startCreate(entity, link) {
      if (!mayLeave()) return;
      setCreating({ entity, link });
    },
    closeDrawer(isForced = false) {
      if (!isForced && !mayLeave()) return;
      closeGuard.current = undefined;
      if (creating) {
        const returnsToRecord = opened !== undefined;
        setCreating(undefined);
        if (returnsToRecord) requestAnimationFrame(() => focusTestId('add-linked-action'));
        return;
      }
      if (recordId) navigate({ tab: 'raid' });
    },
  };

  function onCreated(entity: RaidEntity, id: string, name: string) {
    const returnsToRecord = opened !== undefined;
    closeGuard.current = undefined;
    setCreating(undefined);
    setNotice({ message: i18n.t(`workspaceRaid.created.${entity}`, [name]), openId: returnsToRecord ? undefined : id });
    if (returnsToRecord) requestAnimationFrame(() => focusTestId('add-linked-action'));
  }

  const drawer = creating
    ? { key: `new-${creating.entity}`, labelledBy: `raid-editor-title-${creating.entity}` }
    : opened && opened.entity !== 'gateReview'
      ? {
          key: opened.id,
          labelledBy: opened.entity === 'risk' ? 'raid-risk-title' : `raid-editor-title-${opened.entity}`,
        }
      : undefined;
  const created = (entity: RaidEntity) => (id: string, name: string) => onCreated(entity, id, name);

  return (
    <RaidContext.Provider value={context}>
      <div class="raid" data-testid="raid-tab">
        <div class="raid__bar">
          <KindTabs active={kind} onSelect={setKind} />
          {mayWrite(entityOfKind[kind]) ? (
            <button
              type="button"
              class="button button--primary"
              data-testid={`new-${entityOfKind[kind]}`}
              onClick={() => context.startCreate(entityOfKind[kind])}
            >
              {i18n.t(`workspaceRaid.new.${entityOfKind[kind]}`)}
            </button>
          ) : null}
        </div>
        <NoticeBar
          notice={notice}
          onDismiss={() => setNotice(undefined)}
          onOpen={(id) => navigate({ tab: 'raid', recordId: id })}
        />
        {recordId && !opened ? (
          <p class="raid-note" role="status" data-testid="raid-not-found">
            {i18n.t('workspaceRaid.notFound')}
          </p>
        ) : null}
        <section id="raid-panel" aria-labelledby="raid-list-title" class="raid__panel">
          <h3 id="raid-list-title" class="visually-hidden">
            {i18n.t(`workspaceRaid.kinds.${kind}`)}
          </h3>
          {kind === 'issues' ? (
            <IssueList state={issueState} onState={(next) => setIssueState((previous) => ({ ...previous, ...next }))} />
          ) : kind === 'decisions' ? (
            <DecisionList
              state={decisionState}
              onState={(next) => setDecisionState((previous) => ({ ...previous, ...next }))}
            />
          ) : (
            <ActionList
              state={actionState}
              onState={(next) => setActionState((previous) => ({ ...previous, ...next }))}
            />
          )}
        </section>
        {drawer ? (
          <RaidDrawer
            contentKey={drawer.key}
            labelledBy={drawer.labelledBy}
            onEscape={() => context.closeDrawer()}
            returnFocus={() => {
              const row = recordId ? document.querySelector<HTMLElement>(`[data-record-link="${recordId}"]`) : null;
              (row ?? document.getElementById(`raid-tab-${kind}`))?.focus();
            }}
          >
            <PersonsDatalist persons={view.persons} />
            {creating?.entity === 'issue' ? (
              <IssueEditor key={drawer.key} onCreated={created('issue')} />
            ) : creating?.entity === 'decision' ? (
              <DecisionEditor key={drawer.key} onCreated={created('decision')} />
            ) : creating?.entity === 'action' ? (
              <ActionEditor key={drawer.key} presetLink={creating.link} onCreated={created('action')} />
            ) : opened?.entity === 'issue' ? (
              <IssueEditor key={drawer.key} issue={opened.record} onCreated={created('issue')} />
            ) : opened?.entity === 'decision' ? (
              <DecisionEditor key={drawer.key} decision={opened.record} onCreated={created('decision')} />
            ) : opened?.entity === 'action' ? (
              <ActionEditor key={drawer.key} action={opened.record} onCreated={created('action')} />
            ) : opened?.entity === 'risk' ? (
              <RiskFollowUp risk={opened.record} />
            ) : null}
          </RaidDrawer>
        ) : null}
      </div>
    </RaidContext.Provider>
  );
}

function focusTestId(testId: string) {
  document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus();
}

/**
 * Issues, decisions and actions as toggle buttons with their counts (and how many are overdue). Not
 * a second tablist: the shell's tab panel is the page's one (and tests find it by role).
 */
function KindTabs({ active, onSelect }: { active: RaidKind; onSelect(kind: RaidKind): void }) {
  const { view } = useRaid();
  const counts: Record<RaidKind, number> = {
    issues: view.records.issues.length,
    decisions: view.decisions.length,
    actions: view.records.actions.length,
  };
  const overdue: Record<RaidKind, number> = useMemo(
    () => ({
      issues: view.records.issues.filter((issue) => isIssueOverdue(issue, view.today)).length,
      decisions: 0,
      actions: view.records.actions.filter((action) => isActionOverdue(action, view.today)).length,
    }),
    [view.records.issues, view.records.actions, view.today],
  );

  return (
    <fieldset class="raid-kinds">
      <legend class="visually-hidden">{i18n.t('workspaceRaid.listsLabel')}</legend>
      {raidKinds.map((kind) => (
        <button
          key={kind}
          type="button"
          id={`raid-tab-${kind}`}
          class="raid-kinds__tab"
          aria-pressed={kind === active}
          aria-controls="raid-panel"
          data-testid={`raid-tab-${kind}`}
          onClick={() => onSelect(kind)}
        >
          <span>{i18n.t(`workspaceRaid.kinds.${kind}`)}</span>
          <span class="raid-count" data-testid={`raid-count-${kind}`}>
            {counts[kind].toLocaleString()}
          </span>
          {overdue[kind] > 0 ? (
            <span class="raid-kinds__overdue" data-testid={`raid-overdue-${kind}`}>
              {i18n.t('workspaceRaid.overdueCount', overdue[kind])}
            </span>
          ) : null}
        </button>
      ))}
    </fieldset>
  );
}

/** The notice after an edit: what happened, and undo or open. */
function NoticeBar({
  notice,
  onDismiss,
  onOpen,
}: {
  notice?: RaidNotice;
  onDismiss(): void;
  onOpen(id: string): void;
}) {
  return (
    <div class="raid-notice-region" role="status" aria-live="polite" data-testid="raid-notice">
      {notice ? (
        <div class="raid-notice">
          <p>{notice.message}</p>
          {notice.undo ? (
            <button type="button" class="button" data-testid="raid-undo" onClick={notice.undo}>
              {i18n.t('workspaceRaid.undo')}
            </button>
          ) : null}
          {notice.openId ? (
            <button
              type="button"
              class="button"
              data-testid="raid-open-created"
              onClick={() => onOpen(notice.openId as string)}
            >
              {i18n.t('workspaceRaid.open')}
            </button>
          ) : null}
          <button
            type="button"
            class="button button--quiet button--icon"
            aria-label={i18n.t('workspaceRaid.dismiss')}
            title={i18n.t('workspaceRaid.dismiss')}
            onClick={onDismiss}
          >
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
