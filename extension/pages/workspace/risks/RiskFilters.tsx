import type { Ref } from 'preact';
import { i18n } from '#i18n';
import type { RegisterFilter, RegisterOwner } from '../../../../shared/analytics/risk/risk-register';
import type { RiskBand } from '../../../../shared/risk-score';
import { RiskProximitySchema, RiskStatusSchema } from '../../../../shared/schemas/risk';
import { FilterMenu } from './FilterMenu';
import { bandLabel, basisLabel, proximityLabel, statusLabel } from './risk-labels';

const bands: readonly RiskBand[] = ['critical', 'high', 'medium', 'low'];

interface RiskFiltersProps {
  filter: RegisterFilter;
  onFilter(filter: RegisterFilter): void;
  owners: readonly RegisterOwner[];
  shownCount: number;
  totalCount: number;
  searchRef: Ref<HTMLInputElement>;
  /** The "New risk" button, when the member may create one. */
  onNewRisk?(): void;
}

/** Adds or removes one value of a multi-valued filter part; an emptied part is dropped. */
function toggled<T>(values: readonly T[] | undefined, value: T): T[] | undefined {
  const next = values?.includes(value) ? values.filter((entry) => entry !== value) : [...(values ?? []), value];
  return next.length > 0 ? next : undefined;
}

interface Chip {
  id: string;
  label: string;
  without: RegisterFilter;
}

/** One removable chip per chosen value, in the order of the filter bar. */
function listChips(filter: RegisterFilter, owners: readonly RegisterOwner[]): Chip[] {
  const chips: Chip[] = [];
  const text = filter.text?.trim();
  if (text)
    chips.push({
      id: 'text',
      label: i18n.t('workspaceRisks.filters.chipText', [text]),
      without: { ...filter, text: undefined },
    });
  for (const status of filter.statuses ?? [])
    chips.push({
      id: `status-${status}`,
      label: i18n.t('workspaceRisks.filters.chipStatus', [statusLabel(status)]),
      without: { ...filter, statuses: toggled(filter.statuses, status) },
    });
  if (filter.ownerKey !== undefined) {
    const owner = owners.find((entry) => entry.key === filter.ownerKey);
    const name = filter.ownerKey === 'none' || !owner ? i18n.t('workspaceRisks.filters.noOwner') : owner.name;
    chips.push({
      id: 'owner',
      label: i18n.t('workspaceRisks.filters.chipOwner', [name]),
      without: { ...filter, ownerKey: undefined },
    });
  }
  for (const proximity of filter.proximities ?? [])
    chips.push({
      id: `proximity-${proximity}`,
      label: i18n.t('workspaceRisks.filters.chipProximity', [proximityLabel(proximity)]),
      without: { ...filter, proximities: toggled(filter.proximities, proximity) },
    });
  for (const band of filter.bands ?? [])
    chips.push({
      id: `band-${band}`,
      label: i18n.t('workspaceRisks.filters.chipBand', [bandLabel(band)]),
      without: { ...filter, bands: toggled(filter.bands, band) },
    });
  if (filter.isReviewOverdue)
    chips.push({
      id: 'overdue',
      label: i18n.t('workspaceRisks.filters.overdue'),
      without: { ...filter, isReviewOverdue: undefined },
    });
  if (filter.cell) {
    const { probability, impact, basis } = filter.cell;
    chips.push({
      id: 'cell',
      label: i18n.t('workspaceRisks.filters.chipCell', [String(probability), String(impact), basisLabel(basis)]),
      without: { ...filter, cell: undefined },
    });
  }
  return chips;
}

/**
 * The register's search box and filter bar, then what is applied as removable chips with "Clear
 * all" and the count ("12 of 40 risks"), announced as it changes.
 */
export function RiskFilters({
  filter,
  onFilter,
  owners,
  shownCount,
  totalCount,
  searchRef,
  onNewRisk,
}: RiskFiltersProps) {
  const chips = listChips(filter, owners);
  return (
    <div class="risks-toolbar">
      <div class="risks-toolbar__row">
        <div class="risks-search">
          <label for="risks-search" class="visually-hidden">
            {i18n.t('workspaceRisks.search')}
          </label>
          <input
            ref={searchRef}
            id="risks-search"
            type="search"
            data-testid="risks-search"
            value={filter.text ?? ''}
            placeholder={i18n.t('workspaceRisks.searchPlaceholder')}
            aria-keyshortcuts="/"
            aria-describedby="risks-search-key"
            autoComplete="off"
            onInput={(event) => onFilter({ ...filter, text: event.currentTarget.value || undefined })}
          />
          <kbd class="risks-search__key" id="risks-search-key" title={i18n.t('workspaceRisks.searchKey')}>
            <span aria-hidden="true">/</span>
            <span class="visually-hidden">{i18n.t('workspaceRisks.searchKey')}</span>
          </kbd>
        </div>
        {onNewRisk ? (
          <button type="button" class="button button--primary" data-testid="risks-new" onClick={onNewRisk}>
            {i18n.t('workspaceRisks.newRisk')}
          </button>
        ) : null}
      </div>
      <fieldset class="risks-toolbar__row risks-toolbar__filters">
        <legend class="visually-hidden">{i18n.t('workspaceRisks.filters.label')}</legend>
        <FilterMenu
          testId="risks-filter-status"
          label={i18n.t('workspaceRisks.filters.status')}
          activeCount={filter.statuses?.length ?? 0}
        >
          <fieldset class="risks-filter__options">
            <legend class="visually-hidden">{i18n.t('workspaceRisks.filters.status')}</legend>
            {RiskStatusSchema.options.map((status) => (
              <label key={status} class="risks-filter__option">
                <input
                  type="checkbox"
                  data-testid={`risks-filter-status-${status}`}
                  checked={filter.statuses?.includes(status) ?? false}
                  onChange={() => onFilter({ ...filter, statuses: toggled(filter.statuses, status) })}
                />
                {statusLabel(status)}
              </label>
            ))}
          </fieldset>
        </FilterMenu>
        <FilterMenu
          testId="risks-filter-owner"
          label={i18n.t('workspaceRisks.filters.owner')}
          activeCount={filter.ownerKey === undefined ? 0 : 1}
        >
          <fieldset class="risks-filter__options">
            <legend class="visually-hidden">{i18n.t('workspaceRisks.filters.owner')}</legend>
            <label class="risks-filter__option">
              <input
                type="radio"
                name="risks-owner"
                checked={filter.ownerKey === undefined}
                onChange={() => onFilter({ ...filter, ownerKey: undefined })}
              />
              {i18n.t('workspaceRisks.filters.anyOwner')}
            </label>
            {owners.map((owner) => (
              <label key={owner.key} class="risks-filter__option">
                <input
                  type="radio"
                  name="risks-owner"
                  data-testid={`risks-filter-owner-${owner.key}`}
                  checked={filter.ownerKey === owner.key}
                  onChange={() => onFilter({ ...filter, ownerKey: owner.key })}
                />
                {i18n.t('workspaceRisks.filters.ownerOption', [
                  owner.key === 'none' ? i18n.t('workspaceRisks.filters.noOwner') : owner.name,
                  String(owner.count),
                ])}
              </label>
            ))}
          </fieldset>
        </FilterMenu>
        <FilterMenu
          testId="risks-filter-proximity"
          label={i18n.t('workspaceRisks.filters.proximity')}
          activeCount={filter.proximities?.length ?? 0}
        >
          <fieldset class="risks-filter__options">
            <legend class="visually-hidden">{i18n.t('workspaceRisks.filters.proximity')}</legend>
            {RiskProximitySchema.options.map((proximity) => (
              <label key={proximity} class="risks-filter__option">
                <input
                  type="checkbox"
                  data-testid={`risks-filter-proximity-${proximity}`}
                  checked={filter.proximities?.includes(proximity) ?? false}
                  onChange={() => onFilter({ ...filter, proximities: toggled(filter.proximities, proximity) })}
                />
                {proximityLabel(proximity)}
              </label>
            ))}
          </fieldset>
        </FilterMenu>
        <FilterMenu
          testId="risks-filter-band"
          label={i18n.t('workspaceRisks.filters.band')}
          activeCount={filter.bands?.length ?? 0}
        >
          <fieldset class="risks-filter__options">
            <legend class="visually-hidden">{i18n.t('workspaceRisks.filters.band')}</legend>
            {bands.map((band) => (
              <label key={band} class="risks-filter__option">
                <input
                  type="checkbox"
                  data-testid={`risks-filter-band-${band}`}
                  checked={filter.bands?.includes(band) ?? false}
                  onChange={() => onFilter({ ...filter, bands: toggled(filter.bands, band) })}
                />
                <span class={`risks-band-dot chip--${band}`} aria-hidden="true" />
                {bandLabel(band)}
              </label>
            ))}
          </fieldset>
        </FilterMenu>
        <button
          type="button"
          class={
            filter.isReviewOverdue
              ? 'button risks-filter__button risks-filter__button--active'
              : 'button risks-filter__button'
          }
          aria-pressed={filter.isReviewOverdue === true}
          data-testid="risks-filter-overdue"
          onClick={() => onFilter({ ...filter, isReviewOverdue: filter.isReviewOverdue ? undefined : true })}
        >
          {i18n.t('workspaceRisks.filters.overdue')}
        </button>
      </fieldset>
      <div class="risks-toolbar__row risks-chips">
        {chips.length > 0 ? (
          <ul class="risks-chips__list" aria-label={i18n.t('workspaceRisks.filters.label')}>
            {chips.map((chip) => (
              <li key={chip.id}>
                <button
                  type="button"
                  class="risks-chip"
                  data-testid={`risks-chip-${chip.id}`}
                  aria-label={i18n.t('workspaceRisks.filters.remove', [chip.label])}
                  onClick={() => onFilter(chip.without)}
                >
                  <span>{chip.label}</span>
                  <span aria-hidden="true" class="risks-chip__x">
                    ×
                  </span>
                </button>
              </li>
            ))}
            <li>
              <button
                type="button"
                class="button button--link"
                data-testid="risks-filters-clear"
                onClick={() => onFilter({})}
              >
                {i18n.t('workspaceRisks.filters.clear')}
              </button>
            </li>
          </ul>
        ) : null}
        <p class="risks-count" data-testid="risks-count" aria-live="polite">
          {i18n.t('workspaceRisks.count', totalCount, [String(shownCount), String(totalCount)])}
        </p>
      </div>
    </div>
  );
}
