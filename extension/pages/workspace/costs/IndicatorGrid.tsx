import { i18n } from '#i18n';
import type { EarnedValueIndicators } from '../../../../shared/analytics/earned-value/indicators';
import { formatDay, formatMoney } from '../format';
import { formatIndex } from './cost-format';

type Measure = 'pv' | 'ev' | 'ac';
type Index = 'spi' | 'cpi' | 'tcpi';
type Estimate = 'eacCpi' | 'eacAtypical' | 'eacCpiSpi';

const measures: Measure[] = ['pv', 'ev', 'ac'];
const indices: Index[] = ['spi', 'cpi', 'tcpi'];
/** Each labelled EAC with its own ETC and VAC (shared/analytics/earned-value/indicators.ts). */
const estimates: { eac: Estimate; etc: keyof EarnedValueIndicators; vac: keyof EarnedValueIndicators }[] = [
  { eac: 'eacCpi', etc: 'etcCpi', vac: 'vacCpi' },
  { eac: 'eacAtypical', etc: 'etcAtypical', vac: 'vacAtypical' },
  { eac: 'eacCpiSpi', etc: 'etcCpiSpi', vac: 'vacCpiSpi' },
];

/**
 * SPI, CPI, TCPI, PV, EV, AC and the three labelled EACs with their ETC and VAC, each figure exactly
 * as shared/analytics/earned-value computed it for the suggested RAG, with one plain sentence of meaning.
 */
export function IndicatorGrid({
  indicators,
  asOf,
  currency,
}: {
  indicators: EarnedValueIndicators;
  asOf: string;
  currency: string;
}) {
  const unknown = i18n.t('workspaceCosts.indicators.unknown');
  const money = (value: number | null) => (value === null ? unknown : formatMoney(value, currency));
  return (
    <section class="card costs-indicators" aria-labelledby="costs-indicators-title">
      <h3 id="costs-indicators-title" class="card__title">
        {i18n.t('workspaceCosts.indicators.title', [formatDay(asOf)])}
      </h3>
      <dl class="costs-indicators__grid">
        {indices.map((key) => (
          <div key={key} class="costs-indicator" data-testid={`indicator-${key}`}>
            <dt>{i18n.t(`workspaceCosts.indicators.${key}`)}</dt>
            <dd class="costs-indicator__value" data-testid={`indicator-${key}-value`}>
              {indicators[key] === null ? unknown : formatIndex(indicators[key])}
            </dd>
            <dd class="costs-indicator__meaning" data-testid={`indicator-${key}-meaning`}>
              {i18n.t(`workspaceCosts.meaning.${key}`)}
            </dd>
          </div>
        ))}
        {measures.map((key) => (
          <div key={key} class="costs-indicator" data-testid={`indicator-${key}`}>
            <dt>{i18n.t(`workspaceCosts.indicators.${key}`)}</dt>
            <dd class="costs-indicator__value" data-testid={`indicator-${key}-value`}>
              {money(indicators[key])}
            </dd>
            <dd class="costs-indicator__meaning">{i18n.t(`workspaceCosts.meaning.${key}`)}</dd>
          </div>
        ))}
        {estimates.map(({ eac, etc, vac }) => (
          <div key={eac} class="costs-indicator costs-indicator--wide" data-testid={`indicator-${eac}`}>
            <dt>{i18n.t(`workspaceCosts.indicators.${eac}`)}</dt>
            <dd class="costs-indicator__value" data-testid={`indicator-${eac}-value`}>
              {money(indicators[eac])}
            </dd>
            <dd class="costs-indicator__sub">
              {i18n.t('workspaceCosts.indicators.etc', [money(indicators[etc])])} ·{' '}
              <span class={(indicators[vac] ?? 0) < 0 ? 'costs-negative' : undefined}>
                {i18n.t('workspaceCosts.indicators.vac', [money(indicators[vac])])}
              </span>
            </dd>
            <dd class="costs-indicator__meaning">{i18n.t(`workspaceCosts.meaning.${eac}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
