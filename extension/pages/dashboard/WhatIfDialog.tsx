import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PriorityWeights, WhatIfChange, WhatIfOutcome } from '../../../shared/analytics/portfolio/dashboard-types';
import { defaultPriorityWeights } from '../../../shared/analytics/portfolio/prioritisation';
import { simulateWhatIf } from '../../../shared/analytics/portfolio/what-if';
import { ragDimensions } from '../../../shared/schemas/status-report';
import { ModalDialog } from '../workspace/common/ModalDialog';
import { formatDay, formatMoney } from '../workspace/format';
import { describeDimension } from './dashboard-labels';
import { evmFields, isIndexField, readEvmField } from './evm-fields';
import { LightMark } from './RagCell';
import type { DashboardData } from './use-dashboard-data';

interface WhatIfDialogProps {
  projectId: string;
  data: DashboardData;
  weights: PriorityWeights | undefined;
  onClose(): void;
}

const formatIndex = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/**
 * What-if on one project: slip a milestone by working days and/or set a new budget, and see its
 * lights, EVM, the portfolio totals and its rank before and after, computed by the shared
 * simulateWhatIf on a copy. Nothing is saved: this dialog never sends a mutation.
 */
export function WhatIfDialog({ projectId, data, weights, onClose }: WhatIfDialogProps) {
  const { records } = data.rows;
  const project = data.dashboard.projects.find((candidate) => candidate.projectId === projectId);
  const milestones = records.milestones
    .filter((milestone) => milestone.projectId === projectId && !milestone.actualDate)
    .sort((a, b) => a.forecastDate.localeCompare(b.forecastDate));
  const [milestoneId, setMilestoneId] = useState(milestones[0]?.id ?? '');
  const [slipDays, setSlipDays] = useState('');
  const [budget, setBudget] = useState('');
  const [outcome, setOutcome] = useState<WhatIfOutcome>();
  const [error, setError] = useState<string>();
  if (!project) return null;
  const currency = data.dashboard.currency;

  function simulate(event: Event) {
    event.preventDefault();
    const changes: WhatIfChange[] = [];
    const days = Number(slipDays);
    if (slipDays.trim() !== '') {
      if (!Number.isInteger(days) || !milestoneId) return setError(i18n.t('dashboard.whatIf.slipInvalid'));
      changes.push({ kind: 'slipMilestone', milestoneId, days });
    }
    if (budget.trim() !== '') {
      const bac = Number(budget);
      if (!Number.isFinite(bac) || bac < 0) return setError(i18n.t('dashboard.whatIf.budgetInvalid'));
      changes.push({ kind: 'changeBudget', bac });
    }
    if (changes.length === 0) return setError(i18n.t('dashboard.whatIf.nothingToTry'));
    setError(undefined);
    setOutcome(simulateWhatIf(records, projectId, changes, data.today, weights ?? defaultPriorityWeights));
  }

  const format = (field: (typeof evmFields)[number], value: number | null) =>
    isIndexField(field) ? formatIndex(value) : formatMoney(value, currency);

  return (
    <ModalDialog labelledBy="what-if-title" className="dialog what-if" testId="what-if-dialog" onClose={onClose}>
      <h2 id="what-if-title">{i18n.t('dashboard.whatIf.title', [project.code, project.name])}</h2>
      <p class="what-if__notice" data-testid="what-if-nothing-saved">
        {i18n.t('dashboard.whatIf.nothingSaved')}
      </p>
      <form class="what-if__form" onSubmit={simulate}>
        <div class="field">
          <label for="what-if-milestone">{i18n.t('dashboard.whatIf.milestone')}</label>
          <select
            id="what-if-milestone"
            data-testid="what-if-milestone"
            value={milestoneId}
            disabled={milestones.length === 0}
            onChange={(event) => setMilestoneId(event.currentTarget.value)}
          >
            {milestones.length === 0 ? <option value="">{i18n.t('dashboard.whatIf.noMilestone')}</option> : null}
            {milestones.map((milestone) => (
              <option key={milestone.id} value={milestone.id}>
                {`${milestone.title} (${formatDay(milestone.forecastDate)})`}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="what-if-slip-days">{i18n.t('dashboard.whatIf.slipDays')}</label>
          <input
            id="what-if-slip-days"
            data-testid="what-if-slip-days"
            type="number"
            step={1}
            inputMode="numeric"
            value={slipDays}
            disabled={milestones.length === 0}
            onInput={(event) => setSlipDays(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="what-if-budget">{i18n.t('dashboard.whatIf.budget', [currency])}</label>
          <input
            id="what-if-budget"
            data-testid="what-if-budget"
            type="number"
            min={0}
            step="any"
            placeholder={project.earnedValue.bac === null ? '' : String(project.earnedValue.bac)}
            value={budget}
            onInput={(event) => setBudget(event.currentTarget.value)}
          />
        </div>
        <div class="form-actions">
          <button type="submit" class="button button--primary" data-testid="what-if-run">
            {i18n.t('dashboard.whatIf.run')}
          </button>
          <button type="button" class="button" data-testid="what-if-close" onClick={onClose}>
            {i18n.t('dashboard.whatIf.close')}
          </button>
        </div>
        {error ? (
          <p class="form-error" role="alert" data-testid="what-if-error">
            {error}
          </p>
        ) : null}
      </form>
      <div data-testid="what-if-result" class="what-if__result" aria-live="polite">
        {outcome ? (
          <>
            <table class="dashboard-table">
              <caption>{i18n.t('dashboard.whatIf.lightsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('dashboard.whatIf.dimension')}</th>
                  <th scope="col">{i18n.t('dashboard.whatIf.before')}</th>
                  <th scope="col">{i18n.t('dashboard.whatIf.after')}</th>
                </tr>
              </thead>
              <tbody>
                {[...ragDimensions, 'overall' as const].map((dimension) => {
                  const lightOf = (side: 'before' | 'after') => {
                    const suggestion = outcome[side].suggestedRag;
                    return (
                      (dimension === 'overall' ? suggestion.overall.rag : suggestion.dimensions[dimension].rag) ??
                      'unknown'
                    );
                  };
                  const changed = lightOf('before') !== lightOf('after');
                  return (
                    <tr key={dimension} data-dimension={dimension} class={changed ? 'what-if__changed' : undefined}>
                      <th scope="row">{describeDimension(dimension)}</th>
                      {(['before', 'after'] as const).map((side) => (
                        <td key={side} data-field={`rag-${side}`} data-dimension={dimension} data-value={lightOf(side)}>
                          <LightMark light={lightOf(side)} kind="suggested" />{' '}
                          {i18n.t(`dashboard.rag.${lightOf(side)}`)}
                          {changed && side === 'after' ? <ChangedMark /> : null}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <table class="dashboard-table">
              <caption>{i18n.t('dashboard.whatIf.evmCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('dashboard.whatIf.figure')}</th>
                  <th scope="col">{i18n.t('dashboard.whatIf.before')}</th>
                  <th scope="col">{i18n.t('dashboard.whatIf.after')}</th>
                </tr>
              </thead>
              <tbody>
                {evmFields.map((field) => {
                  const changed =
                    readEvmField(outcome.before.earnedValue, field) !== readEvmField(outcome.after.earnedValue, field);
                  return (
                    <tr key={field} class={changed ? 'what-if__changed' : undefined}>
                      <th scope="row">{i18n.t(`dashboard.evm.fields.${field}`)}</th>
                      {(['before', 'after'] as const).map((side) => {
                        const value = readEvmField(outcome[side].earnedValue, field);
                        return (
                          <td
                            key={side}
                            class="number"
                            data-field={field}
                            data-when={side}
                            data-value={value === null ? '' : String(value)}
                          >
                            {format(field, value)}
                            {changed && side === 'after' ? <ChangedMark /> : null}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
                <tr>
                  <th scope="row">{i18n.t('dashboard.whatIf.rank')}</th>
                  <td data-field="rank" data-when="before" data-value={outcome.rankBefore ?? ''}>
                    {outcome.rankBefore ?? '—'}
                  </td>
                  <td data-field="rank" data-when="after" data-value={outcome.rankAfter ?? ''}>
                    {outcome.rankAfter ?? '—'}
                  </td>
                </tr>
                <tr>
                  <th scope="row">{i18n.t('dashboard.whatIf.portfolioBac')}</th>
                  <td class="number">{formatMoney(outcome.totalsBefore.bac, currency)}</td>
                  <td class="number">{formatMoney(outcome.totalsAfter.bac, currency)}</td>
                </tr>
                {(['red', 'amber', 'green'] as const).map((rag) => (
                  <tr key={rag}>
                    <th scope="row">{i18n.t('dashboard.whatIf.portfolioLights', [i18n.t(`dashboard.rag.${rag}`)])}</th>
                    <td class="number">{outcome.totalsBefore.bySuggestedRag[rag]}</td>
                    <td class="number">{outcome.totalsAfter.bySuggestedRag[rag]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p class="muted">{i18n.t('dashboard.whatIf.hint')}</p>
        )}
      </div>
    </ModalDialog>
  );
}

/** Says "changed" to screen readers; the row's emphasis says it to the eye. */
function ChangedMark() {
  return <span class="visually-hidden"> ({i18n.t('dashboard.whatIf.changed')})</span>;
}
