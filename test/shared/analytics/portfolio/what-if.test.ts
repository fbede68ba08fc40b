import { describe, expect, it } from 'vitest';
import {
  buildPortfolioDashboard,
  defaultPriorityWeights,
  rankProjects,
  simulateWhatIf,
  type WorkspaceRecords,
} from '../../../../shared';
import { id, owner } from '../../mutations/workspace-fixture';
import { recordsOf, textbookWorkspace, today } from './portfolio-workspace';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

const milestoneId = id(700);

/** The textbook portfolio with a mandatory milestone on TXT, forecast on its baseline date. */
function withMilestone(): { records: WorkspaceRecords; txt: string; cal: string } {
  const { workspace, portfolio } = textbookWorkspace();
  workspace.must(
    'milestone.create',
    {
      id: milestoneId,
      projectId: portfolio.ids.txt,
      title: 'Go-live',
      baselineDate: '2026-12-14',
      forecastDate: '2026-12-14',
      mandatory: true,
    },
    owner,
  );
  return { records: recordsOf(workspace), txt: portfolio.ids.txt, cal: portfolio.ids.cal };
}

describe('simulateWhatIf', () => {
  it('never writes its input: deep-frozen records come out structurally unchanged', () => {
    const { records, txt } = withMilestone();
    const snapshot = structuredClone(records);
    deepFreeze(records);
    const outcome = simulateWhatIf(
      records,
      txt,
      [
        { kind: 'slipMilestone', milestoneId, days: 10 },
        { kind: 'changeBudget', bac: 150_000 },
      ],
      today,
      defaultPriorityWeights,
    );
    expect(outcome.after.earnedValue.bac).toBe(150_000);
    expect(records).toEqual(snapshot);
  });

  it('slips a milestone by working days of the workspace calendar and shows the schedule light it earns', () => {
    const { records, txt } = withMilestone();
    const outcome = simulateWhatIf(
      records,
      txt,
      [{ kind: 'slipMilestone', milestoneId, days: 20 }],
      today,
      defaultPriorityWeights,
    );
    expect(outcome.before.milestones).toMatchObject({ maxMandatorySlipDays: 0, next: { forecastDate: '2026-12-14' } });
    // 20 working days after Monday 14 December 2026 is Monday 11 January 2027 (Monday–Friday, no holidays).
    expect(outcome.after.milestones).toMatchObject({ maxMandatorySlipDays: 20, next: { forecastDate: '2027-01-11' } });
    expect(outcome.after.suggestedRag.dimensions.schedule.rag).toBe('red');
    const pulledIn = simulateWhatIf(
      records,
      txt,
      [{ kind: 'slipMilestone', milestoneId, days: -5 }],
      today,
      defaultPriorityWeights,
    );
    expect(pulledIn.after.milestones.next?.forecastDate).toBe('2026-12-07');
  });

  it('changes the budget: BAC, EAC, VAC, the cost light and the portfolio totals follow; the rank is given before and after', () => {
    const { records, txt } = withMilestone();
    const outcome = simulateWhatIf(
      records,
      txt,
      [{ kind: 'changeBudget', bac: 200_000 }],
      today,
      defaultPriorityWeights,
    );
    expect(outcome.before.earnedValue).toMatchObject({ bac: 100_000, vacCpi: -12_500 });
    expect(outcome.after.earnedValue.bac).toBe(200_000);
    expect(outcome.after.earnedValue.vacCpi).toBeCloseTo(-25_000, 6);
    expect(outcome.totalsAfter.bac - outcome.totalsBefore.bac).toBe(100_000);
    const dashboard = buildPortfolioDashboard(records, today);
    expect(outcome.before).toEqual(dashboard.projects.find((project) => project.projectId === txt));
    expect(outcome.totalsBefore).toEqual(dashboard.totals);
    expect(outcome.rankBefore).toBe(
      rankProjects(dashboard.projects, defaultPriorityWeights).find((r) => r.projectId === txt)?.rank,
    );
    expect(outcome.rankAfter).toEqual(expect.any(Number));
  });

  it('leaves the other projects and an unknown milestone alone', () => {
    const { records, txt, cal } = withMilestone();
    const outcome = simulateWhatIf(
      records,
      txt,
      [{ kind: 'slipMilestone', milestoneId: id(999), days: 10 }],
      today,
      defaultPriorityWeights,
    );
    expect(outcome.after).toEqual(outcome.before);
    expect(outcome.totalsAfter).toEqual(outcome.totalsBefore);
    expect(() => simulateWhatIf(records, id(998), [], today, defaultPriorityWeights)).toThrow(RangeError);
    expect(simulateWhatIf(records, cal, [], today, defaultPriorityWeights).after.code).toBe('CAL');
  });
});
