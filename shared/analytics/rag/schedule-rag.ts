import { quotedTitles } from '../../health/fact-queries';
import type { ProjectFacts } from '../../health/project-facts';
import { messageRef } from '../../i18n/message-ref';
import { bandIndex, bandSlip, type DimensionSuggestion, type RagSettings, type Signal, worstSignal } from './rag-scale';

/** The worst slip of a mandatory milestone: the metric when given, else the largest slip of one not done. */
function worstMandatorySlip(facts: ProjectFacts): number | undefined {
  if (facts.metrics.worstMandatorySlipDays !== undefined) return facts.metrics.worstMandatorySlipDays;
  let worst: number | undefined;
  for (const milestone of facts.milestones) {
    if (!milestone.mandatory || milestone.actualDate !== undefined || milestone.slipDays === undefined) continue;
    worst = worst === undefined ? milestone.slipDays : Math.max(worst, milestone.slipDays);
  }
  return worst;
}

/**
 * Schedule (DOMAIN.md "Suggested RAG"): SPI banded by greenIndex / amberIndex, the worst
 * mandatory-milestone slip banded by greenSlipDays / amberSlipDays, and an overdue mandatory
 * milestone (forecast passed, not done) at least amber; the worst signal wins. With none of
 * these there is not enough data.
 */
export function suggestScheduleRag(facts: ProjectFacts, settings: RagSettings): DimensionSuggestion {
  const thresholds = settings.ragThresholds;
  const signals: Signal[] = [];
  const { spi } = facts.metrics;
  if (spi !== undefined) {
    const rag = bandIndex(spi, thresholds);
    const reason =
      rag === 'green'
        ? messageRef('rag.schedule.spiGreen', { spi, threshold: thresholds.greenIndex })
        : rag === 'amber'
          ? messageRef('rag.schedule.spiAmber', { spi, threshold: thresholds.greenIndex })
          : messageRef('rag.schedule.spiRed', { spi, threshold: thresholds.amberIndex });
    signals.push({ rag, reason });
  }
  const slip = worstMandatorySlip(facts);
  if (slip !== undefined) {
    const rag = bandSlip(slip, thresholds);
    const reason =
      rag === 'green'
        ? messageRef('rag.schedule.slipGreen', { days: slip, threshold: thresholds.greenSlipDays })
        : rag === 'amber'
          ? messageRef('rag.schedule.slipAmber', { days: slip, threshold: thresholds.greenSlipDays })
          : messageRef('rag.schedule.slipRed', { days: slip, threshold: thresholds.amberSlipDays });
    signals.push({ rag, reason });
  }
  const overdue = facts.milestones.filter((m) => m.mandatory && m.isOverdue && m.actualDate === undefined);
  if (overdue.length > 0) {
    const titles = quotedTitles(overdue.map((m) => m.title));
    signals.push({
      rag: 'amber',
      reason: messageRef('rag.schedule.mandatoryOverdue', { count: overdue.length, titles }),
    });
  }
  const worst = worstSignal(signals);
  if (!worst) {
    return { dimension: 'schedule', rag: null, reason: messageRef('rag.schedule.notEnoughData', {}) };
  }
  return { dimension: 'schedule', ...worst };
}
