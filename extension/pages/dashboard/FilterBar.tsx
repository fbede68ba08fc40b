import { i18n } from '#i18n';
import { type DashboardRouteFilter, hasDashboardFilter } from '../../messaging/dashboard-route';
import { describeState } from './dashboard-labels';
import type { DashboardFilterOptions } from './use-dashboard-data';

interface FilterBarProps {
  filter: DashboardRouteFilter;
  options: DashboardFilterOptions;
  shownCount: number;
  onChange(filter: DashboardRouteFilter): void;
  /** While the dashboard shows a snapshot: the filters wait for the live data, and say so here. */
  waitingReasonId?: string | undefined;
}

const noOptions: DashboardFilterOptions = { sponsors: [], managers: [], phases: [], states: [] };

/** The filter bar while the live data is computed: the same controls, disabled, and why. */
export function WaitingFilterBar({ shownCount, reasonId }: { shownCount: number; reasonId: string }) {
  return (
    <FilterBar filter={{}} options={noOptions} shownCount={shownCount} onChange={() => {}} waitingReasonId={reasonId} />
  );
}

const ragChoices = ['green', 'amber', 'red', 'unknown'] as const;

/**
 * The portfolio filter above every section, kept in the address (`?sponsor=&manager=&phase=&state=&rag=`):
 * native selects whose options come from the shared listDashboardFilterOptions, and "Clear filters".
 */
export function FilterBar({ filter, options, shownCount, onChange, waitingReasonId }: FilterBarProps) {
  const isWaiting = waitingReasonId !== undefined;
  const set = (key: keyof DashboardRouteFilter, value: string) =>
    onChange({ ...filter, [key]: value || undefined } as DashboardRouteFilter);
  const select = (key: keyof DashboardRouteFilter, choices: { value: string; label: string }[]) => {
    const id = `dashboard-filter-${key}`;
    const value = filter[key] ?? '';
    // A value from an old bookmark that no project has any more stays visible rather than silently lost.
    const isKnown = value === '' || choices.some((choice) => choice.value === value);
    return (
      <div class="dashboard-filter">
        <label for={id}>{i18n.t(`dashboard.filters.${key}`)}</label>
        <select
          id={id}
          data-testid={id}
          value={value}
          disabled={isWaiting}
          aria-describedby={waitingReasonId}
          onChange={(event) => set(key, event.currentTarget.value)}
        >
          <option value="">{i18n.t('dashboard.filters.all')}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
          {isKnown ? null : <option value={value}>{value}</option>}
        </select>
      </div>
    );
  };
  return (
    <section class="dashboard__filters" aria-label={i18n.t('dashboard.filters.label')}>
      {select(
        'sponsor',
        options.sponsors.map((sponsor) => ({ value: sponsor, label: sponsor })),
      )}
      {select(
        'manager',
        options.managers.map((manager) => ({ value: manager.id, label: manager.name })),
      )}
      {select(
        'phase',
        options.phases.map((phase) => ({ value: phase, label: phase })),
      )}
      {select(
        'state',
        options.states.map((state) => ({ value: state, label: describeState(state) })),
      )}
      {select(
        'rag',
        ragChoices.map((rag) => ({ value: rag, label: i18n.t(`dashboard.rag.${rag}`) })),
      )}
      <button
        type="button"
        class="button button--quiet"
        data-testid="dashboard-filter-clear"
        disabled={isWaiting || !hasDashboardFilter(filter)}
        onClick={() => onChange({})}
      >
        {i18n.t('dashboard.filters.clear')}
      </button>
      <p class="dashboard__count" data-testid="dashboard-project-count" aria-live="polite">
        {/* While waiting, the reason takes the count's place (the Projects card shows the count): one line, no jump. */}
        {isWaiting ? (
          <span class="dashboard__waiting" id={waitingReasonId} data-testid="dashboard-waiting-reason">
            {i18n.t('dashboardSnapshot.waitingReason')}
          </span>
        ) : (
          i18n.t('dashboard.projectCount', shownCount, [String(shownCount)])
        )}
      </p>
    </section>
  );
}
