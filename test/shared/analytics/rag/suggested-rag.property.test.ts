import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ragRank } from '../../../../shared/analytics/rag/rag-scale';
import { type RagSuggestion, suggestRag } from '../../../../shared/analytics/rag/suggested-rag';
import { fromDayNumber, toDayNumber } from '../../../../shared/analytics/resources/iso-day';
import type { ProjectFacts } from '../../../../shared/health/project-facts';
import { runHealthChecks } from '../../../../shared/health/run-health-checks';
import { ragDimensions } from '../../../../shared/schemas/status-report';
import {
  aMilestone,
  anIssue,
  anOverAllocation,
  aRisk,
  healthyFacts,
  projectId,
  settings,
  today,
} from '../../health/fixtures';

const rating = fc.integer({ min: 1, max: 5 });
const priorities = ['low', 'medium', 'high', 'critical'] as const;

const riskData = fc.record({
  probability: rating,
  impact: rating,
  residual: fc.option(fc.record({ probability: rating, impact: rating }), { nil: undefined }),
  responseStrategy: fc.constantFrom(undefined, 'mitigate', 'accept', 'transfer'),
  isEscalated: fc.boolean(),
  status: fc.constantFrom('open', 'mitigating', 'closed'),
});
type RiskData = typeof riskData extends fc.Arbitrary<infer T> ? T : never;

const overData = fc.record({
  weekOffset: fc.integer({ min: 0, max: 6 }),
  overBy: fc.double({ min: 0.5, max: 30, noNaN: true }),
  isKey: fc.boolean(),
});
type OverData = typeof overData extends fc.Arbitrary<infer T> ? T : never;

const issueData = fc.record({
  type: fc.constantFrom('change_request', 'off_specification', 'problem'),
  priority: fc.integer({ min: 0, max: 3 }),
  isOverdue: fc.boolean(),
});
type IssueData = typeof issueData extends fc.Arbitrary<infer T> ? T : never;

const projectData = fc.record({
  spi: fc.option(fc.double({ min: 0.3, max: 1.5, noNaN: true }), { nil: undefined }),
  cpi: fc.option(fc.double({ min: 0.3, max: 1.5, noNaN: true }), { nil: undefined }),
  vac: fc.option(fc.double({ min: -100_000, max: 50_000, noNaN: true }), { nil: undefined }),
  slip: fc.option(fc.integer({ min: -10, max: 40 }), { nil: undefined }),
  overdueMandatory: fc.boolean(),
  risks: fc.array(riskData, { maxLength: 6 }),
  overAllocations: fc.array(overData, { maxLength: 4 }),
  issues: fc.array(issueData, { maxLength: 5 }),
});
type ProjectData = typeof projectData extends fc.Arbitrary<infer T> ? T : never;

/** How much worse the data gets: every field moves the bad way or stays. */
const worsening = fc.record({
  spiDrop: fc.double({ min: 0, max: 0.5, noNaN: true }),
  cpiDrop: fc.double({ min: 0, max: 0.5, noNaN: true }),
  vacDrop: fc.double({ min: 0, max: 50_000, noNaN: true }),
  slipGrowth: fc.integer({ min: 0, max: 20 }),
  makeOverdue: fc.boolean(),
  ratingGrowth: fc.integer({ min: 0, max: 3 }),
  extraRisks: fc.array(riskData, { maxLength: 3 }),
  overGrowth: fc.double({ min: 0, max: 10, noNaN: true }),
  makeKey: fc.boolean(),
  extraOver: fc.array(overData, { maxLength: 3 }),
  priorityGrowth: fc.integer({ min: 0, max: 3 }),
  extraIssues: fc.array(issueData, { maxLength: 3 }),
});
type Worsening = typeof worsening extends fc.Arbitrary<infer T> ? T : never;

const weekOf = (offset: number) => fromDayNumber(toDayNumber(today) + 7 * offset);
const grow = (value: number, by: number) => Math.min(5, value + by);

function buildFacts(data: ProjectData): ProjectFacts {
  const risks = data.risks.map((risk: RiskData, index) =>
    aRisk({
      id: `00000000-0000-4000-8000-0000000a${index.toString(16).padStart(4, '0')}`,
      title: `Risk ${index}`,
      probability: risk.probability,
      impact: risk.impact,
      residualProbability: risk.residual?.probability,
      residualImpact: risk.residual?.impact,
      responseStrategy: risk.responseStrategy,
      escalatedAt: risk.isEscalated ? '2026-03-01T09:00:00.000Z' : undefined,
      status: risk.status,
    }),
  );
  const overAllocations = data.overAllocations.map((entry: OverData) =>
    anOverAllocation({
      weekStart: weekOf(entry.weekOffset),
      overBy: entry.overBy,
      keyProjectIds: entry.isKey ? [projectId] : [],
    }),
  );
  const issues = data.issues.map((issue: IssueData) =>
    anIssue({
      type: issue.type,
      priority: priorities[issue.priority],
      dueDate: issue.isOverdue ? '2026-03-01' : '2026-12-01',
    }),
  );
  const milestones = [
    aMilestone({ isOverdue: data.overdueMandatory, forecastDate: data.overdueMandatory ? '2026-03-02' : '2026-06-03' }),
  ];
  return healthyFacts({
    risks,
    overAllocations,
    issues,
    milestones,
    metrics: {
      spi: data.spi,
      cpi: data.cpi,
      vac: data.vac,
      bac: 200_000,
      worstMandatorySlipDays: data.slip,
      hasBaseline: true,
    },
  });
}

function worsen(data: ProjectData, by: Worsening): ProjectData {
  return {
    spi: data.spi === undefined ? undefined : data.spi - by.spiDrop,
    cpi: data.cpi === undefined ? undefined : data.cpi - by.cpiDrop,
    vac: data.vac === undefined ? undefined : data.vac - by.vacDrop,
    slip: data.slip === undefined ? undefined : data.slip + by.slipGrowth,
    overdueMandatory: data.overdueMandatory || by.makeOverdue,
    risks: [
      ...data.risks.map((risk) => ({
        ...risk,
        probability: grow(risk.probability, by.ratingGrowth),
        impact: grow(risk.impact, by.ratingGrowth),
        residual: risk.residual && {
          probability: grow(risk.residual.probability, by.ratingGrowth),
          impact: grow(risk.residual.impact, by.ratingGrowth),
        },
      })),
      ...by.extraRisks,
    ],
    overAllocations: [
      ...data.overAllocations.map((entry) => ({
        ...entry,
        overBy: entry.overBy + by.overGrowth,
        isKey: entry.isKey || by.makeKey,
      })),
      ...by.extraOver,
    ],
    issues: [
      ...data.issues.map((issue) => ({ ...issue, priority: Math.min(3, issue.priority + by.priorityGrowth) })),
      ...by.extraIssues,
    ],
  };
}

function expectNoBetter(before: RagSuggestion, after: RagSuggestion): void {
  const lights = [
    ...ragDimensions.map(
      (dimension) => [dimension, before.dimensions[dimension].rag, after.dimensions[dimension].rag] as const,
    ),
    ['overall', before.overall.rag, after.overall.rag] as const,
  ];
  for (const [name, was, is] of lights) {
    if (was === null) continue; // no light before: nothing to improve on
    expect(is, `${name} lost its data`).not.toBeNull();
    expect(ragRank(is!), `${name} went from ${was} to ${is}`).toBeGreaterThanOrEqual(ragRank(was));
  }
}

describe('suggested RAG properties', () => {
  it('never improves when the data worsens (lower SPI/CPI/VAC, bigger slip, more or bigger risks, more over-allocation, more issues)', () => {
    fc.assert(
      fc.property(projectData, worsening, (data, by) => {
        const before = suggestRag(buildFacts(data), settings);
        const after = suggestRag(buildFacts(worsen(data, by)), settings);
        expectNoBetter(before, after);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same facts give the same suggestion and findings, copied or not', () => {
    fc.assert(
      fc.property(projectData, (data) => {
        const facts = buildFacts(data);
        const copy = structuredClone(facts);
        expect(suggestRag(copy, settings)).toEqual(suggestRag(facts, settings));
        expect(runHealthChecks(copy, settings)).toEqual(runHealthChecks(facts, settings));
      }),
      { numRuns: 100 },
    );
  });
});
