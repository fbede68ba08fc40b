import { describe, expect, it } from 'vitest';
import {
  buildPortfolioDashboard,
  type DashboardProject,
  defaultPriorityWeights,
  type PriorityWeights,
  rankProjects,
  WorkspaceSettingsFieldsSchema,
} from '../../../../shared';
import { expectRefusal, id, pm, pmo, Workspace } from '../../mutations/workspace-fixture';
import { recordsOf, textbookWorkspace, today } from './portfolio-workspace';

function project(
  code: string,
  fields: Partial<DashboardProject> & { spi?: number | null; cpi?: number | null },
): DashboardProject {
  const { dashboard } = (() => {
    const { workspace } = textbookWorkspace();
    return { dashboard: buildPortfolioDashboard(recordsOf(workspace), today) };
  })();
  const base = dashboard.projects[1];
  const { spi = 1, cpi = 1, ...rest } = fields;
  return {
    ...base,
    projectId: code.toLowerCase(),
    code,
    name: code,
    strategicPriority: undefined,
    expectedBenefit: undefined,
    riskExposure: 0,
    earnedValue: { ...base.earnedValue, spi, cpi },
    ...rest,
  };
}

const only = (criterion: keyof PriorityWeights): PriorityWeights => ({
  strategicPriority: 0,
  expectedBenefit: 0,
  riskExposure: 0,
  scheduleHealth: 0,
  costHealth: 0,
  [criterion]: 1,
});

describe('rankProjects', () => {
  it('has the documented default weights, which a workspace without saved weights reads', () => {
    expect(defaultPriorityWeights).toEqual({
      strategicPriority: 5,
      expectedBenefit: 3,
      riskExposure: 3,
      scheduleHealth: 2,
      costHealth: 2,
    });
    expect(WorkspaceSettingsFieldsSchema.parse({}).priorityWeights).toBeUndefined();
    expect(WorkspaceSettingsFieldsSchema.parse({ priorityWeights: { costHealth: 0 } }).priorityWeights).toEqual({
      ...defaultPriorityWeights,
      costHealth: 0,
    });
    expect(WorkspaceSettingsFieldsSchema.safeParse({ priorityWeights: { costHealth: 6 } }).success).toBe(false);
  });

  it('scores strategic priority (p − 1) / 4 and benefit min–max over the projects given', () => {
    const ranked = rankProjects(
      [
        project('A', { strategicPriority: 1, expectedBenefit: 100 }),
        project('B', { strategicPriority: 5, expectedBenefit: 300 }),
        project('C', { strategicPriority: 3, expectedBenefit: 200 }),
      ],
      { ...only('strategicPriority'), expectedBenefit: 1 },
    );
    expect(ranked.map((entry) => [entry.code, entry.rank, entry.score])).toEqual([
      ['B', 1, 100],
      ['C', 2, 50],
      ['A', 3, 0],
    ]);
    expect(ranked[1].criteria).toMatchObject({ strategicPriority: 0.5, expectedBenefit: 0.5 });
  });

  it('prefers the lower risk exposure, and reads health from SPI and CPI clamped at 1', () => {
    const exposure = rankProjects(
      [project('HIGH', { riskExposure: 90_000 }), project('LOW', { riskExposure: 10_000 })],
      only('riskExposure'),
    );
    expect(exposure.map((entry) => [entry.code, entry.criteria.riskExposure])).toEqual([
      ['LOW', 1],
      ['HIGH', 0],
    ]);
    const health = rankProjects([project('FAST', { spi: 1.3, cpi: 0.8 })], {
      ...only('scheduleHealth'),
      costHealth: 1,
    });
    expect(health[0].criteria).toMatchObject({ scheduleHealth: 1, costHealth: 0.8 });
    expect(health[0].score).toBe(90);
  });

  it('falls back on the suggested light without SPI or CPI, and leaves a missing criterion out of the mean', () => {
    const base = project('X', { spi: null, cpi: null });
    const amber = {
      ...base,
      suggestedRag: {
        ...base.suggestedRag,
        dimensions: {
          ...base.suggestedRag.dimensions,
          schedule: { ...base.suggestedRag.dimensions.schedule, rag: 'amber' as const },
          cost: { ...base.suggestedRag.dimensions.cost, rag: null },
        },
      },
    };
    const [ranked] = rankProjects([amber], defaultPriorityWeights);
    expect(ranked.criteria).toEqual({
      strategicPriority: null,
      expectedBenefit: null,
      riskExposure: 1,
      scheduleHealth: 0.5,
      costHealth: null,
    });
    // (3 × 1 + 2 × 0.5) / (3 + 2) = 0.8
    expect(ranked.score).toBe(80);
  });

  it('breaks ties by code and rounds the score to one decimal', () => {
    const ranked = rankProjects(
      [project('ZED', { strategicPriority: 2 }), project('ALPHA', { strategicPriority: 2 })],
      { ...only('strategicPriority'), costHealth: 2 },
    );
    expect(ranked.map((entry) => entry.code)).toEqual(['ALPHA', 'ZED']);
    // (1 × 0.25 + 2 × 1) / 3 = 0.75 → 75
    expect(ranked[0].score).toBe(75);
    const third = rankProjects([project('T', { strategicPriority: 2 })], {
      ...only('strategicPriority'),
      scheduleHealth: 2,
    })[0];
    expect(third.score).toBe(75);
    expect(rankProjects([project('N', {})], only('strategicPriority'))[0].score).toBe(0);
  });

  it('keeps the weights in the workspace settings, which an owner or PMO writes and a pm may not', () => {
    const workspace = new Workspace();
    const settingsId = id(900);
    const weights = { ...defaultPriorityWeights, expectedBenefit: 5, costHealth: 0 };
    workspace.must('settings.create', { id: settingsId }, pmo);
    expectRefusal(
      workspace.run('settings.update', { id: settingsId, patch: { priorityWeights: weights } }, pm),
      'forbidden',
    );
    workspace.must('settings.update', { id: settingsId, patch: { priorityWeights: weights } }, pmo);
    expect(workspace.get('settings', settingsId)?.priorityWeights).toEqual(weights);
    expectRefusal(
      workspace.run(
        'settings.update',
        { id: settingsId, patch: { priorityWeights: { ...weights, riskExposure: 9 } } },
        pmo,
      ),
      'invalid_args',
    );
  });
});
