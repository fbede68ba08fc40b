import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { compareBaselines } from '../../../../shared/analytics/schedule/baseline-compare';
import { type BaselinePlan, buildBaselineSnapshot } from '../../../../shared/analytics/schedule/baseline-snapshot';
import type { Baseline } from '../../../../shared/schemas/plan';
import { SubmitOrCancel } from '../../common/SubmitOrCancel';
import { FormDialog } from '../common/FormDialog';
import { formatDay, formatMoney } from '../format';
import type { ProjectView } from '../project-view';
import { useSubmitEdit } from '../use-mutate';
import { describeKind, formatWorkingDays } from './plan-labels';

/** The value of the "plan as it stands" side of a comparison (a record id is a UUID, never this). */
const currentPlan = 'current';

interface TakeBaselineDialogProps {
  view: ProjectView;
  onClose(): void;
  onTaken(id: string): void;
}

/**
 * Takes a named baseline: `baseline.create` with the snapshot buildBaselineSnapshot makes of every
 * item's dates and planned value and every milestone's date, dated today.
 */
export function TakeBaselineDialog({ view, onClose, onTaken }: TakeBaselineDialogProps) {
  const { isBusy, error, setError, send } = useSubmitEdit(view.workspaceId);
  const [name, setName] = useState(
    i18n.t('workspacePlan.baselines.defaultName', [String(view.records.baselines.length + 1)]),
  );

  async function submit(event: Event) {
    event.preventDefault();
    if (!name.trim()) {
      setError(i18n.t('workspacePlan.baselines.nameRequired'));
      return;
    }
    const snapshot = buildBaselineSnapshot({
      milestones: view.records.milestones,
      planItems: view.records.planItems,
      calendar: view.calendar,
      projectBac: view.records.project.bac,
    });
    const id = crypto.randomUUID();
    const isTaken = await send('baseline.create', {
      id,
      projectId: view.records.project.id,
      name: name.trim(),
      takenOn: view.today,
      ...snapshot,
    });
    if (isTaken) onTaken(id);
  }

  return (
    <FormDialog
      titleId="plan-take-title"
      title={i18n.t('workspacePlan.baselines.takeTitle')}
      titleClass="plan-dialog__title"
      className="dialog plan-dialog"
      testId="plan-take-baseline"
      onSubmit={submit}
      onClose={onClose}
    >
      <p class="field-hint">
        {i18n.t('workspacePlan.baselines.takeHint', [
          String(view.records.planItems.length),
          String(view.records.milestones.length),
        ])}
      </p>
      <div class="field">
        <label for="plan-baseline-name">{i18n.t('workspacePlan.baselines.name')}</label>
        <input
          id="plan-baseline-name"
          data-testid="plan-baseline-name"
          type="text"
          maxLength={200}
          value={name}
          onInput={(event) => {
            setName(event.currentTarget.value);
            setError(undefined);
          }}
        />
      </div>
      {error ? (
        <p class="form-error" role="alert" data-testid="plan-baseline-error">
          {error}
        </p>
      ) : null}
      <SubmitOrCancel
        submitLabel={i18n.t('workspacePlan.baselines.take')}
        submitTestId="plan-baseline-confirm"
        isBusy={isBusy}
        cancelLabel={i18n.t('workspacePlan.cancel')}
        onCancel={onClose}
      />
    </FormDialog>
  );
}

interface BaselineCompareProps {
  view: ProjectView;
  baselines: readonly Baseline[];
  onOpen(id: string): void;
}

/** Any two baselines (or one and the plan as it stands) side by side: what moved, by how many working days. */
export function BaselineCompare({ view, baselines, onOpen }: BaselineCompareProps) {
  const [fromChoice, setFromId] = useState<string>();
  const [toChoice, setToId] = useState<string>();
  // Until the user picks, the newest baseline against the one before it, or the only one against today's plan.
  const fromId = fromChoice ?? baselines[1]?.id ?? baselines[0]?.id ?? '';
  const toId = toChoice ?? (baselines[1] ? baselines[0].id : currentPlan);
  const [isShowingAll, setIsShowingAll] = useState(false);
  const current = useMemo(
    () =>
      buildBaselineSnapshot({
        milestones: view.records.milestones,
        planItems: view.records.planItems,
        calendar: view.calendar,
        projectBac: view.records.project.bac,
      }),
    [view.records.milestones, view.records.planItems, view.calendar, view.records.project.bac],
  );
  const planOf = (id: string): BaselinePlan | undefined =>
    id === currentPlan ? current : baselines.find((baseline) => baseline.id === id);
  const from = planOf(fromId);
  const to = planOf(toId);
  const comparison = useMemo(
    () => (from && to ? compareBaselines(from, to, view.calendar) : undefined),
    [from, to, view.calendar],
  );
  const titleOf = new Map<string, string>([
    ...view.records.milestones.map((entry) => [entry.id, entry.title] as const),
    ...view.records.planItems.map((entry) => [entry.id, entry.title] as const),
  ]);
  const options = [
    ...baselines.map((baseline) => ({
      value: baseline.id,
      label: i18n.t('workspacePlan.baselines.option', [baseline.name, formatDay(baseline.takenOn)]),
    })),
    { value: currentPlan, label: i18n.t('workspacePlan.baselines.current') },
  ];
  const changes = comparison?.changes.filter((change) => isShowingAll || change.change !== 'unchanged') ?? [];

  return (
    <section class="card plan-compare" aria-labelledby="plan-compare-title" data-testid="plan-compare">
      <h3 id="plan-compare-title" class="card__title">
        {i18n.t('workspacePlan.baselines.compareTitle')}
      </h3>
      {baselines.length === 0 ? (
        <p class="muted">{i18n.t('workspacePlan.baselines.none')}</p>
      ) : (
        <>
          <div class="plan-compare__pickers">
            <div class="field">
              <label for="plan-compare-from">{i18n.t('workspacePlan.baselines.from')}</label>
              <select
                id="plan-compare-from"
                data-testid="plan-compare-from"
                value={fromId}
                onChange={(event) => setFromId(event.currentTarget.value)}
              >
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="plan-compare-to">{i18n.t('workspacePlan.baselines.to')}</label>
              <select
                id="plan-compare-to"
                data-testid="plan-compare-to"
                value={toId}
                onChange={(event) => setToId(event.currentTarget.value)}
              >
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {comparison ? (
            <>
              <p class="field-hint" data-testid="plan-compare-summary">
                {i18n.t('workspacePlan.baselines.summary', [
                  String(comparison.counts.moved),
                  String(comparison.counts.added),
                  String(comparison.counts.removed),
                  String(comparison.counts.unchanged),
                ])}
                {comparison.bacChange
                  ? ` ${i18n.t('workspacePlan.baselines.bacChange', [formatMoney(comparison.bacChange, view.settings.currency)])}`
                  : ''}
              </p>
              <label class="raid-check">
                <input
                  type="checkbox"
                  checked={isShowingAll}
                  onChange={(event) => setIsShowingAll(event.currentTarget.checked)}
                />
                <span>{i18n.t('workspacePlan.baselines.showUnchanged')}</span>
              </label>
              {changes.length === 0 ? (
                <p class="muted">{i18n.t('workspacePlan.baselines.nothingMoved')}</p>
              ) : (
                <div class="plan-table-box">
                  <table class="plan-table plan-table--compare" data-testid="plan-compare-table">
                    <caption class="visually-hidden">{i18n.t('workspacePlan.baselines.compareTitle')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{i18n.t('workspacePlan.columns.title')}</th>
                        <th scope="col">{i18n.t('workspacePlan.baselines.change')}</th>
                        <th scope="col">{i18n.t('workspacePlan.baselines.before')}</th>
                        <th scope="col">{i18n.t('workspacePlan.baselines.after')}</th>
                        <th scope="col">{i18n.t('workspacePlan.baselines.shift')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.slice(0, 500).map((change) => (
                        <tr key={change.id} data-testid={`plan-compare-row-${change.id}`}>
                          <th scope="row" data-label={i18n.t('workspacePlan.columns.title')}>
                            <button type="button" class="plan-link-button" onClick={() => onOpen(change.id)}>
                              <span aria-hidden="true">{change.kind === 'milestone' ? '◆ ' : ''}</span>
                              {titleOf.get(change.id) ?? i18n.t('workspacePlan.editor.gone')}
                            </button>
                            <span class="visually-hidden"> {describeKind(change.kind)}</span>
                          </th>
                          <td data-label={i18n.t('workspacePlan.baselines.change')}>
                            {i18n.t(`workspacePlan.baselines.changes.${change.change}` as const)}
                          </td>
                          <td data-label={i18n.t('workspacePlan.baselines.before')}>
                            {formatDay(change.from?.finish ?? undefined)}
                          </td>
                          <td data-label={i18n.t('workspacePlan.baselines.after')}>
                            {formatDay(change.to?.finish ?? undefined)}
                          </td>
                          <td
                            data-label={i18n.t('workspacePlan.baselines.shift')}
                            data-testid={`plan-shift-${change.id}`}
                          >
                            {formatWorkingDays(change.finishShiftDays)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
