import type { GateReview } from '../schemas/gate-review';
import type { Phase, Template } from '../schemas/methodology';
import type { Project } from '../schemas/project';

/** Where a gate stands: nothing asked yet, a request waiting for the PMO, or the PMO's decision. */
export type GateState = 'open' | 'waiting' | 'go' | 'hold' | 'recycle' | 'kill';

/** One phase of the template as a stepper shows it, with the latest review of the gate into it. */
export interface PhaseStep {
  phase: Phase;
  index: number;
  status: 'done' | 'current' | 'upcoming';
  /** The latest review of the gate into this phase, from any phase. */
  latestReview: GateReview | undefined;
}

/** A project's way through its template: where it is, the next gate and what may be done about it. */
export interface GateProgress {
  steps: PhaseStep[];
  /** The phase the project is in; undefined when it has none, or one the template no longer has. */
  current: Phase | undefined;
  /** The project names a phase the template does not have (edited since): nothing can be requested. */
  isPhaseUnknown: boolean;
  /** The phase the next gate leads into; undefined in the last phase. */
  next: Phase | undefined;
  /** The latest review of the gate into `next` asked from the current phase. */
  review: GateReview | undefined;
  state: GateState;
  /** A request may be sent: none is waiting, and no "go" is waiting to be used. */
  mayRequest: boolean;
  /** A "go" approves moving from the current phase into `next` (`project.changePhase`). */
  mayChangePhase: boolean;
}

/** Gate reviews newest first: by request time, then creation time, then id, so the order never flickers. */
export function sortGateReviewsNewestFirst(reviews: readonly GateReview[]): GateReview[] {
  return [...reviews].sort(
    (a, b) =>
      b.requestedAt.localeCompare(a.requestedAt) ||
      (b.createdAt ?? '').localeCompare(a.createdAt ?? '') ||
      b.id.localeCompare(a.id),
  );
}

function stateOf(review: GateReview | undefined): GateState {
  if (!review) return 'open';
  if (review.status === 'requested') return 'waiting';
  return review.decision ?? 'open';
}

/**
 * Reads a project's gate flow (docs/domain.md "Gate flow") from its template and reviews: the next
 * phase is the one after the current phase in template order (the first one when the project has no
 * phase yet); a "go" lets the project change phase only while it is still in the phase the review
 * was asked from, as `project.changePhase` checks; after hold, recycle or kill a new request may be
 * made, since a decided review is history.
 */
export function describeGateProgress(
  template: Template,
  project: Pick<Project, 'currentPhaseId'>,
  reviews: readonly GateReview[],
): GateProgress {
  const newestFirst = sortGateReviewsNewestFirst(reviews);
  const currentIndex = project.currentPhaseId
    ? template.phases.findIndex((phase) => phase.id === project.currentPhaseId)
    : -1;
  const isPhaseUnknown = project.currentPhaseId !== undefined && currentIndex < 0;
  const steps: PhaseStep[] = template.phases.map((phase, index) => ({
    phase,
    index,
    status: index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming',
    latestReview: newestFirst.find((review) => review.toPhaseId === phase.id),
  }));
  const current = currentIndex >= 0 ? template.phases[currentIndex] : undefined;
  const next = isPhaseUnknown ? undefined : template.phases[currentIndex + 1];
  const review = next
    ? newestFirst.find(
        (candidate) => candidate.toPhaseId === next.id && candidate.fromPhaseId === project.currentPhaseId,
      )
    : undefined;
  const state = stateOf(review);
  return {
    steps,
    current,
    isPhaseUnknown,
    next,
    review,
    state,
    mayRequest: next !== undefined && state !== 'waiting' && state !== 'go',
    mayChangePhase: next !== undefined && state === 'go',
  };
}
