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
 * Schedule (docs/domain.md "Suggested RAG"): SPI banded by greenIndex / amberIndex, the worst
 * mandatory-milestone slip banded by greenSlipDays / amberSlipDays (an overdue milestone slips
 * by the working days up to today), and overdue milestones (forecast passed, not done) at least
 * amber from amberOverdueMilestones of them (default 1); the worst signal wins. With none of these there is not enough data.
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
  const overdue = facts.milestones.filter((m) => m.isOverdue && m.actualDate === undefined);
  const mandatoryOverdue = overdue.filter((m) => m.mandatory);
  if (overdue.length > 0 && overdue.length >= thresholds.amberOverdueMilestones) {
    // Naming the mandatory ones when there are some: they are what a sponsor asks about first.
    const named = mandatoryOverdue.length > 0 ? mandatoryOverdue : overdue;
    const params = { count: named.length, titles: quotedTitles(named.map((m) => m.title)) };
    signals.push({
      rag: 'amber',
      reason: messageRef(
        mandatoryOverdue.length > 0 ? 'rag.schedule.mandatoryOverdue' : 'rag.schedule.milestoneOverdue',
        params,
      ),
    });
  }
  const worst = worstSignal(signals);
  if (!worst) {
    return { dimension: 'schedule', rag: null, reason: messageRef('rag.schedule.notEnoughData', {}) };
  }
  return { dimension: 'schedule', ...worst };
}
