import { describe, expect, it } from 'vitest';
import { buildRaciMatrix, planRaciChange, raciTargetOf } from '../../../../shared/analytics/resources/raci-matrix';
import { type Milestone, MilestoneSchema, type PlanItem, PlanItemSchema } from '../../../../shared/schemas/plan';
import { type Raci, type RaciRole, RaciSchema } from '../../../../shared/schemas/resources';
import { aliceId, bobId, newId, projectId } from '../../health/fixtures';

const meta = (id: string) => ({
  id,
  createdAt: '2026-03-01T09:00:00.000Z',
  createdBy: 'member-pm',
  updatedAt: '2026-03-01T09:00:00.000Z',
  updatedBy: 'member-pm',
  version: 1,
});
const carolId = '00000000-0000-4000-8000-00000000cc03';

function aMilestone(title: string, forecastDate: string): Milestone {
  return MilestoneSchema.parse({ ...meta(newId()), projectId, title, forecastDate });
}
function anItem(title: string, fields: Partial<PlanItem> = {}): PlanItem {
  return PlanItemSchema.parse({ ...meta(newId()), projectId, kind: 'deliverable', title, ...fields });
}
function aRole(personId: string, role: RaciRole, target: { planItemId?: string; milestoneId?: string }): Raci {
  return RaciSchema.parse({ ...meta(newId()), projectId, personId, role, ...target });
}

describe('buildRaciMatrix', () => {
  const goLive = aMilestone('Go-live', '2026-06-30');
  const design = aMilestone('Design signed off', '2026-04-15');
  const runbook = anItem('Cut-over runbook', { milestoneId: goLive.id, start: '2026-05-01' });
  const training = anItem('Training material', { milestoneId: goLive.id, start: '2026-04-01' });
  const mockups = anItem('Mock-ups', { milestoneId: design.id, start: '2026-03-02' });
  const charter = anItem('Project charter', { start: '2026-01-10' });
  const task = anItem('Set up the test bench', { kind: 'task' });
  const staffedTask = anItem('Book the venue', { kind: 'task', start: '2026-02-01' });

  it('lists milestones by forecast, each with its deliverables beneath, then the rest; tasks only with roles', () => {
    const raci = [aRole(aliceId, 'responsible', { planItemId: staffedTask.id })];
    const matrix = buildRaciMatrix({
      milestones: [goLive, design],
      planItems: [runbook, training, mockups, charter, task, staffedTask],
      raci,
    });
    expect(matrix.rows.map((row) => [row.title, row.depth, row.target.kind])).toEqual([
      ['Design signed off', 0, 'milestone'],
      ['Mock-ups', 1, 'planItem'],
      ['Go-live', 0, 'milestone'],
      ['Training material', 1, 'planItem'],
      ['Cut-over runbook', 1, 'planItem'],
      ['Project charter', 0, 'planItem'],
      ['Book the venue', 0, 'planItem'],
    ]);
    expect(matrix.rows.at(-1)?.itemKind).toBe('task');
  });

  it('gathers each person’s roles in R, A, C, I order, once each, from milestone and item entries alike', () => {
    const raci = [
      aRole(bobId, 'informed', { milestoneId: goLive.id }),
      aRole(bobId, 'accountable', { milestoneId: goLive.id }),
      aRole(bobId, 'responsible', { milestoneId: goLive.id }),
      aRole(bobId, 'accountable', { milestoneId: goLive.id }),
      aRole(aliceId, 'consulted', { planItemId: runbook.id }),
    ];
    const matrix = buildRaciMatrix({ milestones: [goLive], planItems: [runbook], raci });
    expect(matrix.rows[0].rolesByPerson.get(bobId)).toEqual(['responsible', 'accountable', 'informed']);
    expect(matrix.rows[0].entries).toHaveLength(4);
    expect(matrix.rows[1].rolesByPerson.get(aliceId)).toEqual(['consulted']);
    expect(matrix.personIds).toEqual([bobId, aliceId]);
  });

  it('warns when a row has nobody accountable or several people accountable', () => {
    const raci = [
      aRole(aliceId, 'accountable', { milestoneId: goLive.id }),
      aRole(bobId, 'accountable', { milestoneId: goLive.id }),
      aRole(aliceId, 'accountable', { planItemId: runbook.id }),
      aRole(bobId, 'responsible', { planItemId: training.id }),
    ];
    const matrix = buildRaciMatrix({ milestones: [goLive], planItems: [runbook, training], raci });
    const byTitle = new Map(matrix.rows.map((row) => [row.title, row]));
    expect(byTitle.get('Go-live')).toMatchObject({ accountability: 'several', accountableIds: [aliceId, bobId] });
    expect(byTitle.get('Cut-over runbook')).toMatchObject({ accountability: 'single', accountableIds: [aliceId] });
    expect(byTitle.get('Training material')).toMatchObject({ accountability: 'missing', accountableIds: [] });
    expect([matrix.missingAccountable, matrix.severalAccountable]).toEqual([1, 1]);
  });

  it('puts a deliverable whose milestone is gone with the loose ones', () => {
    const orphan = anItem('Orphan report', { milestoneId: newId() });
    const matrix = buildRaciMatrix({ milestones: [], planItems: [orphan], raci: [] });
    expect(matrix.rows.map((row) => [row.title, row.depth])).toEqual([['Orphan report', 0]]);
  });

  it('reads an entry’s target from whichever id it names', () => {
    expect(raciTargetOf({ milestoneId: goLive.id })).toEqual({ kind: 'milestone', id: goLive.id });
    expect(raciTargetOf({ planItemId: runbook.id })).toEqual({ kind: 'planItem', id: runbook.id });
    expect(raciTargetOf({})).toBeUndefined();
  });
});

describe('planRaciChange', () => {
  const goLive = aMilestone('Go-live', '2026-06-30');
  const entries = [
    aRole(aliceId, 'responsible', { milestoneId: goLive.id }),
    aRole(aliceId, 'responsible', { milestoneId: goLive.id }),
    aRole(aliceId, 'informed', { milestoneId: goLive.id }),
    aRole(carolId, 'accountable', { milestoneId: goLive.id }),
  ];

  it('adds the roles missing and removes those unticked and any duplicate, leaving others alone', () => {
    const change = planRaciChange({ entries }, aliceId, ['responsible', 'accountable']);
    expect(change.add).toEqual(['accountable']);
    expect(change.remove.map((entry) => entry.id)).toEqual([entries[1].id, entries[2].id]);
  });

  it('removes every role of the person when none is kept, and adds all for a newcomer', () => {
    expect(planRaciChange({ entries }, carolId, []).remove.map((entry) => entry.id)).toEqual([entries[3].id]);
    expect(planRaciChange({ entries }, bobId, ['informed', 'consulted'])).toEqual({
      add: ['consulted', 'informed'],
      remove: [],
    });
  });
});
