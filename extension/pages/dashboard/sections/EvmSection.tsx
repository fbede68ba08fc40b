import { i18n } from '#i18n';
import { bandIndex } from '../../../../shared/analytics/rag/rag-scale';
import { defaultWorkspaceSettings } from '../../../../shared/schemas/workspace-settings';
import { formatMoney } from '../../workspace/format';
import type { DashboardSectionProps } from '../dashboard-section-props';
import { evmFields, isIndexField, readEvmField } from '../evm-fields';
import { LightMark } from '../RagCell';
import { EvmScatter } from './EvmScatter';
import { formatCompactMoney } from './section-format';

/** Sum of the known values; null when none is known. */
function sumOf(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((total, value) => total + value, 0);
}

/**
 * Earned value across the portfolio: BAC, PV, EV, AC, SPI, CPI, EAC and VAC per project (the
 * figures the workspace app and GET /reports/portfolio show), SPI and CPI banded by the workspace's
 * RAG thresholds, and a totals row (indices of the totals, never an average of ratios).
 */
export function EvmSection({ data }: DashboardSectionProps) {
  const { shown, rows } = data;
  const thresholds = (rows.records.settings ?? defaultWorkspaceSettings).ragThresholds;
  const currency = shown.currency;
  const totals = {
    bac: sumOf(shown.projects.map((project) => project.earnedValue.bac)),
    pv: sumOf(shown.projects.map((project) => project.earnedValue.pv)),
    ev: sumOf(shown.projects.map((project) => project.earnedValue.ev)),
    ac: sumOf(shown.projects.map((project) => project.earnedValue.ac)),
    eac: sumOf(shown.projects.map((project) => project.earnedValue.eacCpi)),
    vac: sumOf(shown.projects.map((project) => project.earnedValue.vacCpi)),
  };
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);
  const totalOf = (field: (typeof evmFields)[number]) =>
    field === 'spi' ? ratio(totals.ev, totals.pv) : field === 'cpi' ? ratio(totals.ev, totals.ac) : totals[field];
  const cell = (field: (typeof evmFields)[number], value: number | null) => {
    const band = isIndexField(field) && value !== null ? bandIndex(value, thresholds) : undefined;
    return (
      <td key={field} class="number" data-field={field} data-value={value === null ? '' : String(value)}>
        {isIndexField(field) ? (
          value === null ? (
            '—'
          ) : (
            <span class={`evm-index evm-index--${band}`} title={band ? i18n.t(`dashboard.rag.${band}`) : undefined}>
              {band ? <LightMark light={band} kind="suggested" /> : null}
              {value.toFixed(2)}
              <span class="visually-hidden">{band ? ` (${i18n.t(`dashboard.rag.${band}`)})` : ''}</span>
            </span>
          )
        ) : (
          <span
            class={value !== null && value < 0 ? 'evm-amount evm-amount--negative' : 'evm-amount'}
            title={formatMoney(value, currency)}
          >
            {formatCompactMoney(value, currency)}
          </span>
        )}
      </td>
    );
  };
  return (
    <div class="dashboard-evm">
      <section class="card" aria-labelledby="evm-title">
        <h3 id="evm-title" class="card__title">
          {i18n.t('dashboard.evm.title')}
        </h3>
        <p class="muted">{i18n.t('dashboard.evm.intro')}</p>
        <div class="dashboard-table-wrap">
          <table class="dashboard-table dashboard-table--sticky evm-table" data-testid="evm-table">
            <caption id="evm-table-caption" class="visually-hidden">
              {i18n.t('dashboard.evm.title')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('dashboard.grid.code')}</th>
                {evmFields.map((field) => (
                  <th key={field} scope="col" class="number">
                    <abbr title={i18n.t(`dashboard.evm.long.${field}`)}>{i18n.t(`dashboard.evm.fields.${field}`)}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.projects.map((project) => (
                <tr key={project.projectId} data-testid={`evm-row-${project.code}`}>
                  <th scope="row">{project.code}</th>
                  {evmFields.map((field) => cell(field, readEvmField(project.earnedValue, field)))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="evm-row-total">
                <th scope="row">{i18n.t('dashboard.evm.total')}</th>
                {evmFields.map((field) => cell(field, totalOf(field)))}
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      <section class="card" aria-labelledby="evm-scatter-title">
        <h3 id="evm-scatter-title" class="card__title">
          {i18n.t('dashboard.polish.scatterTitle')}
        </h3>
        <EvmScatter projects={shown.projects} thresholds={thresholds} />
      </section>
    </div>
  );
}
