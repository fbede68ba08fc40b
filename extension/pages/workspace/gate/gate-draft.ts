import { answerMustMeet, listUnmetMustMeet } from '../../../../shared/methodology/gate-criteria';
import type { GateReview } from '../../../../shared/schemas/gate-review';
import type { Gate } from '../../../../shared/schemas/methodology';

/** The answers a PM is writing for a gate, before `gate.request` sends them. */
export interface GateDraft {
  met: Record<string, boolean>;
  notes: Record<string, string>;
  scores: Record<string, number>;
  links: string[];
}

/**
 * A new draft for `gate`, starting from `previous` (the last review of this gate, e.g. one sent back
 * with hold or recycle) so the PM revises rather than retypes; answers to criteria the gate no
 * longer has are dropped.
 */
export function startGateDraft(gate: Gate | undefined, previous: GateReview | undefined): GateDraft {
  const mustIds = new Set((gate?.mustMeet ?? []).map((criterion) => criterion.id));
  const shouldIds = new Set((gate?.shouldMeet ?? []).map((criterion) => criterion.id));
  const draft: GateDraft = { met: {}, notes: {}, scores: {}, links: [...(previous?.evidenceLinks ?? [])] };
  for (const answer of previous?.mustMeet ?? []) {
    if (!mustIds.has(answer.criterionId)) continue;
    draft.met[answer.criterionId] = answer.met;
    if (answer.evidence) draft.notes[answer.criterionId] = answer.evidence;
  }
  for (const answer of previous?.shouldMeet ?? [])
    if (shouldIds.has(answer.criterionId)) draft.scores[answer.criterionId] = answer.score;
  return draft;
}

/** The draft as `gate.request` args' answers, in the template's order. */
export function toGateAnswers(gate: Gate | undefined, draft: GateDraft) {
  const mustMeet = (gate?.mustMeet ?? []).map((criterion) => {
    const evidence = draft.notes[criterion.id]?.trim();
    return { criterionId: criterion.id, met: draft.met[criterion.id] === true, ...(evidence ? { evidence } : {}) };
  });
  const shouldMeet = (gate?.shouldMeet ?? [])
    .filter((criterion) => draft.scores[criterion.id] !== undefined)
    .map((criterion) => ({ criterionId: criterion.id, score: draft.scores[criterion.id] }));
  return { mustMeet, shouldMeet, evidenceLinks: draft.links };
}

/** The must-meet criteria the draft leaves unmet: the shared rule `gate.request` refuses by. */
export function listDraftUnmet(gate: Gate | undefined, draft: GateDraft) {
  return listUnmetMustMeet(answerMustMeet(gate, toGateAnswers(gate, draft).mustMeet));
}
