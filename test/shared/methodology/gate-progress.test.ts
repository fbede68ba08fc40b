import { describe, expect, it } from 'vitest';
import { buildStageGateTemplate, describeGateProgress } from '../../../shared/methodology';
import type { GateReview } from '../../../shared/schemas/gate-review';
import type { Template } from '../../../shared/schemas/methodology';
import { id } from '../mutations/workspace-fixture';

let counter = 0;
const template = {
  ...buildStageGateTemplate(() => id(++counter)),
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
} as Template;
const [initiate, plan, execute] = template.phases;

function review(overrides: Partial<GateReview>): GateReview {
  return {
    id: id(900),
    projectId: id(800),
    fromPhaseId: initiate.id,
    toPhaseId: plan.id,
    mustMeet: [],
    shouldMeet: [],
    evidenceLinks: [],
    requestedBy: 'member-pm',
    requestedAt: '2026-11-20T10:00:00.000Z',
    status: 'requested',
    ...overrides,
  } as GateReview;
}

describe('describeGateProgress', () => {
  it('puts a project in its first phase before the gate into the second, open to a request', () => {
    const progress = describeGateProgress(template, { currentPhaseId: initiate.id }, []);
    expect(progress.steps.map((step) => step.status)).toEqual(['current', 'upcoming', 'upcoming', 'upcoming']);
    expect(progress.next?.id).toBe(plan.id);
    expect(progress).toMatchObject({ state: 'open', mayRequest: true, mayChangePhase: false });
  });

  it('shows a request as waiting, and a go as allowing the change of phase', () => {
    const waiting = describeGateProgress(template, { currentPhaseId: initiate.id }, [review({})]);
    expect(waiting).toMatchObject({ state: 'waiting', mayRequest: false, mayChangePhase: false });
    const go = describeGateProgress(template, { currentPhaseId: initiate.id }, [
      review({ status: 'decided', decision: 'go', decidedBy: 'member-pmo' }),
    ]);
    expect(go).toMatchObject({ state: 'go', mayRequest: false, mayChangePhase: true });
  });

  it('lets a new request follow a hold, and takes the newest review', () => {
    const reviews = [
      review({ id: id(901), status: 'decided', decision: 'hold', requestedAt: '2026-11-10T10:00:00.000Z' }),
      review({ id: id(902), requestedAt: '2026-11-21T10:00:00.000Z' }),
    ];
    expect(describeGateProgress(template, { currentPhaseId: initiate.id }, reviews).review?.id).toBe(id(902));
    expect(describeGateProgress(template, { currentPhaseId: initiate.id }, [reviews[0]])).toMatchObject({
      state: 'hold',
      mayRequest: true,
    });
  });

  it('moves on once the project is in the next phase: the old go no longer applies', () => {
    const go = review({ status: 'decided', decision: 'go' });
    const progress = describeGateProgress(template, { currentPhaseId: plan.id }, [go]);
    expect(progress.steps.map((step) => step.status)).toEqual(['done', 'current', 'upcoming', 'upcoming']);
    expect(progress.next?.id).toBe(execute.id);
    expect(progress).toMatchObject({ state: 'open', mayChangePhase: false });
    expect(progress.steps[1].latestReview?.id).toBe(go.id);
  });

  it('has no next gate in the last phase, and none for a phase the template lacks', () => {
    const last = template.phases[3];
    expect(describeGateProgress(template, { currentPhaseId: last.id }, [])).toMatchObject({
      next: undefined,
      mayRequest: false,
    });
    expect(describeGateProgress(template, { currentPhaseId: id(4000) }, [])).toMatchObject({
      isPhaseUnknown: true,
      next: undefined,
      mayRequest: false,
    });
  });
});
