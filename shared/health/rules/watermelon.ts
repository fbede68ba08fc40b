import { daysBetween } from '../../analytics/resources/iso-day';
import { isKeyPersonOn, overAllocationsOnProject } from '../../analytics/resources/project-over-allocation';
import { isAboveAppetite } from '../../analytics/risk/escalation';
import { isOpenThreat } from '../../analytics/risk/risk-rating';
import { dateParam, type MessageRef, messageRef } from '../../i18n/message-ref';
import { latestSubmittedReport, quotedTitles, reportDateOf } from '../fact-queries';
import type { ProjectFacts } from '../project-facts';
import type { HealthRule, RuleParams } from '../types';

/** One fact that contradicts a green status, with a sentence fragment saying so. */
export interface WatermelonContradiction {
  code: 'spi-low' | 'mandatory-milestone-overdue' | 'risk-above-appetite' | 'key-person-over-allocated' | 'no-update';
  reason: MessageRef;
}

/**
 * The facts that contradict a green status today: SPI below `spiBelow`, an overdue mandatory
 * milestone, an open threat above `appetite`, a key person over-allocated within `horizonWeeks`,
 * or no report for more than `staleDays` (counted from `reportDate`, when given).
 */
export function findWatermelonContradictions(
  facts: ProjectFacts,
  params: RuleParams,
  reportDate?: string,
): WatermelonContradiction[] {
  const found: WatermelonContradiction[] = [];
  const { spi } = facts.metrics;
  if (spi !== undefined && spi < params.spiBelow) {
    found.push({
      code: 'spi-low',
      reason: messageRef('health.watermelon.reason.spiLow', { spi, threshold: params.spiBelow }),
    });
  }
  const overdue = facts.milestones.filter((m) => m.mandatory && m.isOverdue && m.actualDate === undefined);
  if (overdue.length > 0) {
    const titles = quotedTitles(overdue.map((m) => m.title));
    const reason = messageRef('health.watermelon.reason.mandatoryMilestoneOverdue', { count: overdue.length, titles });
    found.push({ code: 'mandatory-milestone-overdue', reason });
  }
  const threats = facts.risks.filter((risk) => isOpenThreat(risk) && isAboveAppetite(risk, params.appetite));
  if (threats.length > 0) {
    const titles = quotedTitles(threats.map((risk) => risk.title));
    const reason = messageRef('health.watermelon.reason.riskAboveAppetite', {
      count: threats.length,
      titles,
      appetite: params.appetite,
    });
    found.push({ code: 'risk-above-appetite', reason });
  }
  const horizon = { today: facts.today, horizonWeeks: params.horizonWeeks };
  const keyWeeks = overAllocationsOnProject(facts.overAllocations, facts.project.id, horizon).filter((entry) =>
    isKeyPersonOn(entry, facts.project.id),
  );
  if (keyWeeks.length > 0) {
    const names = [...new Set(keyWeeks.map((entry) => entry.personName))];
    const reason = messageRef('health.watermelon.reason.keyPersonOverAllocated', { count: names.length, names });
    found.push({ code: 'key-person-over-allocated', reason });
  }
  if (reportDate !== undefined) {
    const days = daysBetween(reportDate, facts.today);
    if (days > params.staleDays) {
      found.push({ code: 'no-update', reason: messageRef('health.watermelon.reason.noUpdate', { days }) });
    }
  }
  return found;
}

/**
 * A "watermelon" (green outside, red inside): the latest submitted report's overall or schedule
 * light was chosen green while the data contradicts it. The finding lists every contradiction.
 */
export const watermelon: HealthRule = {
  id: 'status-watermelon',
  defaultSeverity: 'critical',
  titleKey: 'health.watermelon.title',
  coachingKey: 'health.watermelon.coaching',
  defaultParams: (settings) => ({
    spiBelow: 0.9,
    appetite: settings.riskAppetite,
    horizonWeeks: 4,
    staleDays: settings.reportingCycleDays,
  }),
  check: (facts, params) => {
    const report = latestSubmittedReport(facts.statusReports);
    if (!report) return [];
    const isGreen = report.overall.chosen === 'green' || report.dimensions.schedule?.chosen === 'green';
    if (!isGreen) return [];
    const reportDate = reportDateOf(report);
    const contradictions = findWatermelonContradictions(facts, params, reportDate);
    if (contradictions.length === 0) return [];
    return [
      {
        entity: 'statusReport',
        entityId: report.id,
        messageKey: 'health.watermelon.message',
        params: { date: dateParam(reportDate), reasons: contradictions.map((found) => found.reason) },
      },
    ];
  },
};
