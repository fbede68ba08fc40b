import type { ProjectFacts } from '../../health/project-facts';
import { messageRef } from '../../i18n/message-ref';
import { bandIndex, type DimensionSuggestion, type RagSettings, type Signal, worstSignal } from './rag-scale';

/**
 * Cost (docs/domain.md "Suggested RAG"): CPI banded like SPI; a forecast overrun (VAC < 0) of more
 * than redOverrunPercent of BAC is red. A smaller overrun adds nothing: a CPI just under 1
 * already forecasts one, and the CPI band judges it. Without a CPI and without both VAC and a
 * positive BAC there is not enough data.
 */
export function suggestCostRag(facts: ProjectFacts, settings: RagSettings): DimensionSuggestion {
  const thresholds = settings.ragThresholds;
  const { cpi, vac, bac } = facts.metrics;
  const signals: Signal[] = [];
  if (cpi !== undefined) {
    const rag = bandIndex(cpi, thresholds);
    const reason =
      rag === 'green'
        ? messageRef('rag.cost.cpiGreen', { cpi, threshold: thresholds.greenIndex })
        : rag === 'amber'
          ? messageRef('rag.cost.cpiAmber', { cpi, threshold: thresholds.greenIndex })
          : messageRef('rag.cost.cpiRed', { cpi, threshold: thresholds.amberIndex });
    signals.push({ rag, reason });
  }
  if (vac !== undefined && bac !== undefined && bac > 0) {
    const overrunPercent = Math.max(0, (-vac / bac) * 100);
    const threshold = thresholds.redOverrunPercent;
    signals.push(
      overrunPercent > threshold
        ? { rag: 'red', reason: messageRef('rag.cost.overrunRed', { percent: overrunPercent, threshold }) }
        : {
            rag: 'green',
            reason: messageRef('rag.cost.forecastWithinTolerance', { percent: overrunPercent, threshold }),
          },
    );
  }
  const worst = worstSignal(signals);
  if (!worst) return { dimension: 'cost', rag: null, reason: messageRef('rag.cost.notEnoughData', {}) };
  return { dimension: 'cost', ...worst };
}
