import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { type GanttZoom, ganttZooms, suggestGanttZoom } from '../../../../shared/analytics/schedule/gantt-layout';
import { type PlanFilter, queryPlanRows } from '../../../../shared/analytics/schedule/plan-register';
import { formatWorkspaceRoute } from '../../../messaging/workspace-route';
import { formatDay } from '../format';
import { RaidDrawer } from '../raid/RaidDrawer';
import type { TabProps } from '../tab-props';
import { BaselineCompare, TakeBaselineDialog } from './BaselinePanel';
import { GanttChart } from './GanttChart';
import { MilestoneTrendChart } from './MilestoneTrendChart';
import { PlanEditor, type PlanEntity } from './PlanEditor';
import { PlanTable } from './PlanTable';
import { type BaselineChoice, ownBaselineValue, sortBaselines, usePlanModel } from './plan-model';
import { SlipList } from './SlipList';
import '../raid/raid.css';
import './plan.css';

/**
 * The Plan tab (issue 15): the plan scheduled with the shared critical path, as a Gantt over a chosen
 * baseline or as a table; the editors of milestones and plan items (the address
 * `#/projects/<id>/plan/<recordId>` opens one); named baselines taken and compared; the milestone
 * trend chart and the slip list.
 */
export function PlanTab({ view, recordId, navigate, mayWrite }: TabProps) {
  const baselines = useMemo(() => sortBaselines(view.records.baselines), [view.records.baselines]);
  const [baselineValue, setBaselineValue] = useState<string>();
  const chosen = baselineValue ?? baselines[0]?.id ?? ownBaselineValue;
  const choice: BaselineChoice =
    chosen !== ownBaselineValue && baselines.some((baseline) => baseline.id === chosen)
      ? { kind: 'record', id: chosen }
      : { kind: 'own' };
  const model = usePlanModel(view, choice);
  const [zoom, setZoom] = useState<GanttZoom>(() =>
    suggestGanttZoom(model.schedule.projectStart, model.schedule.projectFinish),
  );
  const [isTable, setIsTable] = useState(false);
  const [filter, setFilter] = useState<PlanFilter>({});
  const [creating, setCreating] = useState<PlanEntity>();
  const [isTakingBaseline, setIsTakingBaseline] = useState(false);
  const [notice, setNotice] = useState<string>();
  const ganttRef = useRef<HTMLDivElement>(null);
  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;

  const ganttRows = useMemo(
    () =>
      filter.text || filter.isCriticalOnly || filter.kind
        ? queryPlanRows(model.rows, filter, { key: 'order', direction: 'asc' })
        : model.rows,
    [model.rows, filter],
  );
  const open = useCallback((id: string) => navigateRef.current({ tab: 'plan', recordId: id }), []);
  const hrefOf = useCallback(
    (id: string) => formatWorkspaceRoute({ projectId: view.records.project.id, tab: 'plan', recordId: id }),
    [view.records.project.id],
  );

  const milestone = recordId ? view.records.milestones.find((entry) => entry.id === recordId) : undefined;
  const item = recordId && !milestone ? view.records.planItems.find((entry) => entry.id === recordId) : undefined;
  const editing = milestone ?? item;
  const editingEntity: PlanEntity | undefined = milestone ? 'milestone' : item ? 'planItem' : creating;
  const closeEditor = () => {
    setCreating(undefined);
    if (recordId) navigate({ tab: 'plan' });
  };
  const canCreateMilestone = mayWrite('milestone');
  const canCreateItem = mayWrite('planItem');
  const canTakeBaseline = mayWrite('baseline');
  const isEmpty = model.rows.length === 0;
  const problem = model.schedule.problem;
  const titleOf = (id: string) => model.rowById.get(id)?.title ?? id;

  return (
    <div class="plan" data-testid="plan-tab">
      <div class="plan__bar">
        <div class="plan__actions">
          {canCreateMilestone ? (
            <button
              type="button"
              class="button button--primary"
              data-testid="plan-new-milestone"
              onClick={() => setCreating('milestone')}
            >
              {i18n.t('workspacePlan.newMilestone')}
            </button>
          ) : null}
          {canCreateItem ? (
            <button type="button" class="button" data-testid="plan-new-item" onClick={() => setCreating('planItem')}>
              {i18n.t('workspacePlan.newItem')}
            </button>
          ) : null}
          {canTakeBaseline && !isEmpty ? (
            <button
              type="button"
              class="button"
              data-testid="plan-take-baseline-open"
              onClick={() => setIsTakingBaseline(true)}
            >
              {i18n.t('workspacePlan.baselines.take')}
            </button>
          ) : null}
        </div>
        <p class="plan__summary" data-testid="plan-summary">
          {model.schedule.projectFinish
            ? i18n.t('workspacePlan.summary', [
                formatDay(model.schedule.projectFinish),
                String(model.schedule.criticalTaskIds.length),
              ])
            : null}
        </p>
      </div>
      <p class="visually-hidden" role="status">
        {notice ?? ''}
      </p>
      {problem ? (
        <p class="form-error plan__problem" role="alert" data-testid="plan-cycle">
          {i18n.t('workspacePlan.cycle', [problem.cycleIds.map(titleOf).join(' → ')])}
        </p>
      ) : null}
      {isEmpty ? (
        <p class="empty-state" data-testid="plan-empty">
          {canCreateMilestone ? i18n.t('workspacePlan.emptyWritable') : i18n.t('workspacePlan.empty')}
        </p>
      ) : (
        <section class="card plan__main" aria-labelledby="plan-main-title">
          <div class="plan-card-head">
            <h3 id="plan-main-title" class="card__title">
              {i18n.t('workspacePlan.gantt.title')}
            </h3>
            <div class="plan-controls">
              <fieldset class="plan-segment">
                <legend class="visually-hidden">{i18n.t('workspacePlan.viewLabel')}</legend>
                <button
                  type="button"
                  class="plan-segment__button"
                  aria-pressed={isTable ? 'false' : 'true'}
                  data-testid="plan-view-gantt"
                  onClick={() => setIsTable(false)}
                >
                  {i18n.t('workspacePlan.gantt.title')}
                </button>
                <button
                  type="button"
                  class="plan-segment__button"
                  aria-pressed={isTable ? 'true' : 'false'}
                  data-testid="plan-view-table"
                  onClick={() => setIsTable(true)}
                >
                  {i18n.t('workspacePlan.asTable')}
                </button>
              </fieldset>
              {isTable ? null : (
                <fieldset class="plan-segment">
                  <legend class="visually-hidden">{i18n.t('workspacePlan.zoomLabel')}</legend>
                  {ganttZooms.map((level) => (
                    <button
                      key={level}
                      type="button"
                      class="plan-segment__button"
                      aria-pressed={zoom === level ? 'true' : 'false'}
                      data-testid={`plan-zoom-${level}`}
                      onClick={() => setZoom(level)}
                    >
                      {i18n.t(`workspacePlan.zoom.${level}` as const)}
                    </button>
                  ))}
                </fieldset>
              )}
            </div>
          </div>
          <div class="plan-filters">
            <div class="field plan-filters__search">
              <label for="plan-search">{i18n.t('workspacePlan.search')}</label>
              <input
                id="plan-search"
                type="search"
                data-testid="plan-search"
                value={filter.text ?? ''}
                onInput={(event) => setFilter({ ...filter, text: event.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for="plan-baseline-choice">{i18n.t('workspacePlan.baselines.shown')}</label>
              <select
                id="plan-baseline-choice"
                data-testid="plan-baseline-choice"
                value={choice.kind === 'record' ? choice.id : ownBaselineValue}
                onChange={(event) => {
                  setBaselineValue(event.currentTarget.value);
                  setNotice(
                    i18n.t('workspacePlan.baselines.shownNotice', [event.currentTarget.selectedOptions[0]?.text ?? '']),
                  );
                }}
              >
                {baselines.map((baseline) => (
                  <option key={baseline.id} value={baseline.id}>
                    {i18n.t('workspacePlan.baselines.option', [baseline.name, formatDay(baseline.takenOn)])}
                  </option>
                ))}
                <option value={ownBaselineValue}>{i18n.t('workspacePlan.baselines.own')}</option>
              </select>
            </div>
            <label class="raid-check plan-filters__check">
              <input
                type="checkbox"
                data-testid="plan-critical-only"
                checked={Boolean(filter.isCriticalOnly)}
                onChange={(event) => setFilter({ ...filter, isCriticalOnly: event.currentTarget.checked })}
              />
              <span>{i18n.t('workspacePlan.criticalOnly')}</span>
            </label>
          </div>
          {isTable ? (
            <PlanTable rows={model.rows} filter={filter} hrefOf={hrefOf} onOpen={open} />
          ) : (
            <>
              <ul class="plan-legend" aria-hidden="true">
                <li>
                  <span class="plan-legend__bar" /> {i18n.t('workspacePlan.legend.forecast')}
                </li>
                <li>
                  <span class="plan-legend__bar is-critical" /> {i18n.t('workspacePlan.critical')}
                </li>
                <li>
                  <span class="plan-legend__baseline" /> {i18n.t('workspacePlan.legend.baseline')}
                </li>
                <li>
                  <span class="plan-legend__diamond" /> {i18n.t('workspacePlan.kinds.milestone')}
                </li>
                <li>
                  <span class="plan-legend__pushed" /> {i18n.t('workspacePlan.legend.pushed')}
                </li>
                <li>
                  <span class="plan-legend__today" /> {i18n.t('workspacePlan.legend.today')}
                </li>
              </ul>
              <p class="field-hint">{i18n.t('workspacePlan.gantt.keys')}</p>
              <div ref={ganttRef}>
                {ganttRows.length === 0 ? (
                  <p class="empty-state">{i18n.t('workspacePlan.emptyFiltered')}</p>
                ) : (
                  <GanttChart
                    rows={ganttRows}
                    links={model.schedule.links}
                    zoom={zoom}
                    today={view.today}
                    calendar={view.calendar}
                    onOpen={open}
                  />
                )}
              </div>
            </>
          )}
        </section>
      )}
      <div class="plan__grid">
        <SlipList view={view} hrefOf={hrefOf} onOpen={open} />
        <MilestoneTrendChart view={view} />
      </div>
      <BaselineCompare view={view} baselines={baselines} onOpen={open} />
      {editingEntity ? (
        <RaidDrawer
          contentKey={editing?.id ?? `new-${editingEntity}`}
          labelledBy="plan-editor-title"
          onEscape={closeEditor}
          returnFocus={() => ganttRef.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus()}
        >
          <PlanEditor
            key={editing?.id ?? `new-${editingEntity}`}
            view={view}
            mayWrite={mayWrite}
            entity={editingEntity}
            record={editing}
            row={editing ? model.rowById.get(editing.id) : undefined}
            onClose={closeEditor}
            onCreated={(id) => {
              setCreating(undefined);
              navigate({ tab: 'plan', recordId: id });
            }}
          />
        </RaidDrawer>
      ) : null}
      {isTakingBaseline ? (
        <TakeBaselineDialog
          view={view}
          onClose={() => setIsTakingBaseline(false)}
          onTaken={(id) => {
            setIsTakingBaseline(false);
            setBaselineValue(id);
            setNotice(i18n.t('workspacePlan.baselines.taken'));
          }}
        />
      ) : null}
    </div>
  );
}
