import { useMemo } from 'preact/hooks';
import { i18n } from '#i18n';
import { buildCostCurve } from '../../../../shared/analytics/earned-value/cost-curve';
import type { TabProps } from '../tab-props';
import { BudgetCard } from './BudgetCard';
import { CostCurveChart } from './CostCurveChart';
import { CostEntryForm } from './CostEntryForm';
import { CostEntryTable } from './CostEntryTable';
import { CsvImport } from './CsvImport';
import { IndicatorGrid } from './IndicatorGrid';
import { JiraImport } from './JiraImport';
import './costs.css';

/**
 * The project's costs (issue 15): the budget, the earned-value indicators and the S-curve, all read
 * from the one shared analysis (view.analysis.earnedValue, which takes AC from the cost entries), and
 * the cost entries with their three ways in: by hand, from a CSV file, from Jira worklogs. An entered
 * or CSV entry is edited in a dialog (`#/projects/<id>/costs/<entryId>`); a Jira one is read there.
 */
export function CostsTab({ view, recordId, navigate, mayWrite }: TabProps) {
  const { earnedValue } = view.analysis;
  const curve = useMemo(
    () => buildCostCurve(earnedValue, view.records.costEntries, view.calendar),
    [earnedValue, view.records.costEntries, view.calendar],
  );
  const mayAdd = mayWrite('costEntry');
  const currency = view.settings.currency;
  return (
    <div class="costs-tab" data-testid="costs-tab">
      {mayAdd ? null : (
        <p class="muted costs-readonly" data-testid="costs-read-only">
          {i18n.t('workspaceCosts.readOnly')}
        </p>
      )}
      <div class="costs-tab__top">
        <BudgetCard view={view} mayWrite={mayWrite} />
        <IndicatorGrid indicators={earnedValue.indicators} asOf={earnedValue.asOf} currency={currency} />
      </div>
      <CostCurveChart curve={curve} currency={currency} />
      <CostEntryTable view={view} recordId={recordId} navigate={navigate} mayWrite={mayWrite} />
      {mayAdd ? (
        <div class="costs-tab__inputs">
          <CostEntryForm view={view} />
          <CsvImport view={view} />
          <JiraImport view={view} mayWrite={mayWrite} />
        </div>
      ) : null}
    </div>
  );
}
