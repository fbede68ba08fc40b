import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { RatingBasis } from '../../../../shared/analytics/risk/risk-rating';
import {
  listRegisterOwners,
  queryRiskRegister,
  type RegisterFilter,
  type RegisterSort,
} from '../../../../shared/analytics/risk/risk-register';
import { formatWorkspaceRoute } from '../../../messaging/workspace-route';
import { MissingRecordDialog } from '../common/MissingRecordDialog';
import type { TabProps } from '../tab-props';
import { RiskEditor } from './RiskEditor';
import { RiskFilters } from './RiskFilters';
import { RiskHeatMap } from './RiskHeatMap';
import { RiskRegisterTable, registerPageSize } from './RiskRegisterTable';
import './risks.css';
import '../../../ui/capture/capture-fields.css';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The Risks tab (issue 14): the register filtered, searched and sorted in memory with
 * shared/analytics/risk/risk-register.ts, the heat map beside it (a cell filters the register), and
 * the editor of the risk the address names (`#/projects/<id>/risks/<riskId>`) or of a new one.
 */
export function RisksTab({ view, recordId, navigate, mayWrite }: TabProps) {
  const [filter, setFilter] = useState<RegisterFilter>({});
  const [sort, setSort] = useState<RegisterSort>({ key: 'score', direction: 'desc' });
  const [basis, setBasis] = useState<RatingBasis>('residual');
  const [limit, setLimit] = useState(registerPageSize);
  const [isCreating, setIsCreating] = useState(false);
  /** A risk whose absence is expected for a moment: just created (not read back yet) or being deleted. */
  const [pendingId, setPendingId] = useState<string>();
  const searchRef = useRef<HTMLInputElement>(null);
  // The shell hands a new navigate() on every render; rows keep one callback so they redraw only when they change.
  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;

  const { risks } = view.records;
  const matrix = view.settings.riskMatrix;
  const listed = useMemo(
    () => queryRiskRegister(risks, filter, sort, { today: view.today, matrix }),
    [risks, filter, sort, view.today, matrix],
  );
  const owners = useMemo(() => listRegisterOwners(risks), [risks]);
  // What the user asked the register for: a new one redraws it first frame first (RiskRegisterTable.tsx).
  const queryKey = useMemo(() => ({ filter, sort }), [filter, sort]);
  // A new filter or order starts again from the first page of rows.
  const applyFilter = (next: RegisterFilter) => {
    setFilter(next);
    setLimit(registerPageSize);
  };
  const applySort = (next: RegisterSort) => {
    setSort(next);
    setLimit(registerPageSize);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      searchRef.current?.focus();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const openRisk = useCallback((riskId: string) => navigateRef.current({ tab: 'risks', recordId: riskId }), []);
  const hrefOf = useCallback(
    (riskId: string) => formatWorkspaceRoute({ projectId: view.records.project.id, tab: 'risks', recordId: riskId }),
    [view.records.project.id],
  );
  const closeEditor = () => {
    setIsCreating(false);
    if (!recordId) return;
    navigate({ tab: 'risks' });
    // Opened from an address (no opener to go back to): focus lands on the risk's row instead of the page.
    const closedId = recordId;
    setTimeout(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      document.querySelector<HTMLElement>(`[data-risk-id="${closedId}"] a`)?.focus();
    });
  };
  const canCreate = mayWrite('risk');
  const editing = recordId ? risks.find((risk) => risk.id === recordId) : undefined;
  const emptyText =
    risks.length > 0
      ? i18n.t('workspaceRisks.emptyFiltered')
      : canCreate
        ? i18n.t('workspaceRisks.emptyWritable')
        : i18n.t('workspaceRisks.empty');

  return (
    <div class="risks">
      <RiskFilters
        filter={filter}
        onFilter={applyFilter}
        owners={owners}
        shownCount={listed.length}
        totalCount={risks.length}
        searchRef={searchRef}
        onNewRisk={canCreate ? () => setIsCreating(true) : undefined}
      />
      <div class="risks__layout">
        <RiskHeatMap
          risks={risks}
          matrix={matrix}
          basis={basis}
          onBasis={setBasis}
          selected={filter.cell}
          onSelect={(cell) => applyFilter({ ...filter, cell })}
        />
        <section class="card risks__register" aria-labelledby="risks-register-title">
          <h3 id="risks-register-title" class="visually-hidden">
            {i18n.t('workspaceRisks.registerTitle')}
          </h3>
          <RiskRegisterTable
            risks={listed}
            totalCount={risks.length}
            limit={limit}
            onShowMore={() => setLimit(limit + registerPageSize)}
            sort={sort}
            onSort={applySort}
            queryKey={queryKey}
            matrix={matrix}
            appetite={view.settings.riskAppetite}
            today={view.today}
            hrefOf={hrefOf}
            onOpen={openRisk}
            emptyText={emptyText}
          />
        </section>
      </div>
      {isCreating || editing ? (
        <RiskEditor
          key={isCreating ? 'new' : editing?.id}
          view={view}
          risk={isCreating ? undefined : editing}
          mayWrite={mayWrite}
          navigate={navigate}
          onClose={closeEditor}
          onDeleting={setPendingId}
          onCreated={
            isCreating
              ? (id) => {
                  setIsCreating(false);
                  setPendingId(id);
                  navigate({ tab: 'risks', recordId: id });
                }
              : openRisk
          }
        />
      ) : recordId && recordId !== pendingId ? (
        <MissingRecordDialog
          testId="risk-missing"
          className="risks-dialog risks-dialog--small"
          actionsClass="form-actions risks-dialog__actions"
          text={i18n.t('workspaceRisks.editor.notFound')}
          closeLabel={i18n.t('workspaceRisks.editor.close')}
          onClose={closeEditor}
        />
      ) : null}
    </div>
  );
}
