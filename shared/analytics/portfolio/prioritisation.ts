import type { Rag } from '../../schemas/common';
import { PriorityWeightsSchema } from '../../schemas/workspace-settings';
import type { DashboardProject, PriorityCriterionId, PriorityWeights, RankedProject } from './dashboard-types';

/** The weights a workspace ranks with until its PMO saves others (docs/domain.md "Prioritisation"). */
export const defaultPriorityWeights: PriorityWeights = PriorityWeightsSchema.parse({});

export const priorityCriteria: readonly PriorityCriterionId[] = [
  'strategicPriority',
  'expectedBenefit',
  'riskExposure',
  'scheduleHealth',
  'costHealth',
];

const lightScore: Record<Rag, number> = { green: 1, amber: 0.5, red: 0 };

/** An index (SPI or CPI) as a 0–1 health: at or above 1 is full health; else the suggested light. */
function healthOf(index: number | null, light: Rag | null | undefined): number | null {
  if (index !== null && Number.isFinite(index)) return Math.max(0, Math.min(index, 1));
  return light ? lightScore[light] : null;
}

/**
 * Min–max normalisation over the values given, 1 for the best: the highest, or the lowest when
 * `isLowerBetter`. Every value equal (or one value) scores 1: none is worse than another.
 */
function minMax(
  values: readonly (number | undefined)[],
  isLowerBetter = false,
): (value: number | undefined) => number | null {
  const known = values.filter((value): value is number => value !== undefined && Number.isFinite(value));
  const min = Math.min(...known);
  const max = Math.max(...known);
  return (value) => {
    if (value === undefined || !Number.isFinite(value)) return null;
    if (max === min) return 1;
    return isLowerBetter ? (max - value) / (max - min) : (value - min) / (max - min);
  };
}

const roundTo1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Ranks projects by the weighted mean of five criteria, each scored 0–1 with 1 best for the portfolio
 * (docs/domain.md "Prioritisation"): strategic priority (p − 1) / 4; expected benefit min–max over the
 * projects given; risk exposure 1 − min–max; schedule and cost health from SPI and CPI clamped to 1,
 * else the suggested light (green 1, amber 0.5, red 0). A criterion a project lacks is left out of its
 * mean; score 0–100 to one decimal; ties by code. Linear in projects plus the sort.
 */
export function rankProjects(projects: readonly DashboardProject[], weights: PriorityWeights): RankedProject[] {
  const benefit = minMax(projects.map((project) => project.expectedBenefit));
  const exposure = minMax(
    projects.map((project) => project.riskExposure),
    true,
  );
  const scored = projects.map((project) => {
    const criteria: RankedProject['criteria'] = {
      strategicPriority: project.strategicPriority === undefined ? null : (project.strategicPriority - 1) / 4,
      expectedBenefit: benefit(project.expectedBenefit),
      riskExposure: exposure(project.riskExposure),
      scheduleHealth: healthOf(project.earnedValue.spi, project.suggestedRag.dimensions.schedule?.rag),
      costHealth: healthOf(project.earnedValue.cpi, project.suggestedRag.dimensions.cost?.rag),
    };
    let weighted = 0;
    let totalWeight = 0;
    for (const criterion of priorityCriteria) {
      const value = criteria[criterion];
      const weight = weights[criterion] ?? 0;
      if (value === null || weight <= 0) continue;
      weighted += weight * value;
      totalWeight += weight;
    }
    const score = totalWeight > 0 ? roundTo1((weighted / totalWeight) * 100) : 0;
    return { projectId: project.projectId, code: project.code, name: project.name, score, criteria, rank: 0 };
  });
  scored.sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  scored.forEach((entry, index) => {
    entry.rank = index + 1;
  });
  return scored;
}
