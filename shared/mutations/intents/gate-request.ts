import { z } from 'zod';
import type { AnyRecord } from '../../entities';
import { messageRef } from '../../i18n/message-ref';
import { readEvidenceLink } from '../../methodology/evidence-link';
import { answerMustMeet, listUnmetMustMeet } from '../../methodology/gate-criteria';
import { ok, type Result, refuse } from '../../result';
import { IdSchema } from '../../schemas/common';
import { type GateReviewFields, GateReviewFieldsSchema } from '../../schemas/gate-review';
import type { Gate } from '../../schemas/methodology';
import { authorizeWrites } from '../authorize-writes';
import { findPhase } from '../entities/project';
import { joinWithCommas } from '../entity-labels';
import { checkAbsent, findReference } from '../preconditions';
import { stampCreated, writeRecord } from '../record-writes';
import { denyUnlessWriter } from '../role-gates';
import type { Mutator, ReadRow, RowRef } from '../types';

const answers = GateReviewFieldsSchema.shape;

export const GateRequestArgsSchema = z.object({
  id: IdSchema,
  projectId: IdSchema,
  toPhaseId: IdSchema,
  mustMeet: answers.mustMeet,
  shouldMeet: answers.shouldMeet,
  evidenceLinks: answers.evidenceLinks,
  /**
   * The project's template as the client sees it. Reads are declared before the project is read,
   * so the template to check against has to come with the args; the project must agree.
   */
  templateId: IdSchema.optional(),
});
export type GateRequestArgs = z.infer<typeof GateRequestArgsSchema>;

type MustMeetAnswers = GateReviewFields['mustMeet'];
type ShouldMeetAnswers = GateReviewFields['shouldMeet'];

function refuseUnknownCriteria(
  list: 'mustMeet' | 'shouldMeet',
  given: { criterionId: string }[],
  known: { id: string }[],
  phaseName: string,
): Result<never> | undefined {
  const knownIds = new Set(known.map((criterion) => criterion.id));
  const unknown = given.filter((answer) => !knownIds.has(answer.criterionId)).map((answer) => answer.criterionId);
  const duplicated = given.filter(
    (answer, index) => given.findIndex((other) => other.criterionId === answer.criterionId) !== index,
  );
  const kind = messageRef(`term.criterion.${list}`, {});
  if (unknown.length > 0)
    return refuse(
      'unknown_criterion',
      messageRef('refusal.gate.unknownCriterion', { phase: phaseName, kind, criterionIds: unknown.join(', ') }),
      { criterionIds: unknown },
    );
  if (duplicated.length > 0)
    return refuse(
      'invalid_args',
      messageRef('refusal.gate.criterionTwice', { kind, criterionId: duplicated[0].criterionId }),
    );
  return undefined;
}

/**
 * The answers, checked against the gate of the target phase (the gate a project passes to enter
 * a phase, as in Stage-Gate). Unanswered must-meet criteria count as not met, in template order.
 */
function answersForGate(
  args: GateRequestArgs,
  gate: Gate | undefined,
  phaseName: string,
): Result<{ mustMeet: MustMeetAnswers; shouldMeet: ShouldMeetAnswers }> {
  const mustMeetCriteria = gate?.mustMeet ?? [];
  const refused =
    refuseUnknownCriteria('mustMeet', args.mustMeet, mustMeetCriteria, phaseName) ??
    refuseUnknownCriteria('shouldMeet', args.shouldMeet, gate?.shouldMeet ?? [], phaseName);
  if (refused) return refused;
  return ok({ mustMeet: answerMustMeet(gate, args.mustMeet), shouldMeet: args.shouldMeet });
}

/** A gate is requested only once its must-meet criteria are met; the refusal names those that are not. */
function refuseUnmetCriteria(mustMeet: MustMeetAnswers): Result<never> | undefined {
  const unmet = listUnmetMustMeet(mustMeet);
  if (unmet.length === 0) return undefined;
  const criteria = joinWithCommas(
    unmet.map((answer) => messageRef('term.quotedAsTyped', { text: answer.text ?? answer.criterionId })),
  );
  return refuse('gate_criteria_unmet', messageRef('refusal.gate.requestCriteriaUnmet', { criteria }), {
    criterionIds: unmet.map((answer) => answer.criterionId),
  });
}

/** Evidence is an http(s) address or a Jira issue key (keys stored upper-case); anything else is refused. */
function readEvidenceLinks(links: readonly string[]): Result<string[]> {
  const read = links.map((link) => ({ link, evidence: readEvidenceLink(link) }));
  const wrong = read.find((each) => each.evidence === undefined);
  if (wrong)
    return refuse('invalid_evidence_link', messageRef('refusal.gate.evidenceLink', { link: wrong.link }), {
      link: wrong.link,
    });
  return ok(read.map((each) => each.evidence?.text ?? each.link));
}

/** Reads the project's template and checks the request against it; without a template, answers stand as given. */
function checkAgainstTemplate(
  args: GateRequestArgs,
  project: AnyRecord,
  read: ReadRow,
): Result<{ mustMeet: MustMeetAnswers; shouldMeet: ShouldMeetAnswers }> {
  if (project.templateId !== args.templateId)
    return refuse(
      'template_changed',
      project.templateId
        ? messageRef('refusal.gate.templateChanged', {
            code: String(project.code),
            templateId: String(project.templateId),
          })
        : messageRef('refusal.gate.templateRemoved', { code: String(project.code) }),
      { templateId: project.templateId ?? null },
    );
  if (typeof project.templateId !== 'string') return ok({ mustMeet: args.mustMeet, shouldMeet: args.shouldMeet });
  const template = findReference(read, 'template', project.templateId);
  if (!template.ok) return template;
  const phase = findPhase(template.value, args.toPhaseId);
  if (!phase) {
    const phases = (template.value.phases as { name: string }[]).map((each) => each.name).join(', ');
    return refuse(
      'phase_not_in_template',
      messageRef('refusal.gate.phaseNotInTemplate', {
        phaseId: args.toPhaseId,
        template: String(template.value.name),
        phases,
      }),
      { phaseId: args.toPhaseId },
    );
  }
  return answersForGate(args, phase.gate, phase.name);
}

/**
 * `gate.request`: asks the PMO for a gate decision on moving a project into a phase. Refused while a
 * must-meet criterion of the gate is not met (an unanswered one counts as not met), naming them.
 */
export const gateRequest: Mutator<GateRequestArgs> = {
  name: 'gate.request',
  args: GateRequestArgsSchema,
  reads: (args) => [
    { entity: 'gateReview', id: args.id },
    { entity: 'project', id: args.projectId },
    ...(args.templateId ? [{ entity: 'template', id: args.templateId } satisfies RowRef] : []),
  ],
  apply(args, read, ctx) {
    const refused = denyUnlessWriter(ctx) ?? checkAbsent(read, 'gateReview', args.id);
    if (refused) return refused;
    const project = findReference(read, 'project', args.projectId);
    if (!project.ok) return project;
    if (project.value.currentPhaseId === args.toPhaseId)
      return refuse(
        'already_in_phase',
        messageRef('refusal.gate.alreadyInPhase', { code: String(project.value.code) }),
      );
    const checked = checkAgainstTemplate(args, project.value, read);
    if (!checked.ok) return checked;
    const evidenceLinks = readEvidenceLinks(args.evidenceLinks);
    const writes = writeRecord(
      'gateReview',
      stampCreated(
        {
          id: args.id,
          projectId: args.projectId,
          fromPhaseId: project.value.currentPhaseId,
          toPhaseId: args.toPhaseId,
          mustMeet: checked.value.mustMeet,
          shouldMeet: checked.value.shouldMeet,
          evidenceLinks: evidenceLinks.ok ? evidenceLinks.value : args.evidenceLinks,
          requestedBy: ctx.actorId,
          requestedAt: ctx.now,
          status: 'requested',
        },
        ctx,
      ),
    );
    if (!writes.ok) return writes;
    // Who may request comes before what the request says: a member who may not write here hears that first.
    const withheld =
      authorizeWrites(writes.value, read, ctx) ??
      refuseUnmetCriteria(checked.value.mustMeet) ??
      (evidenceLinks.ok ? undefined : evidenceLinks);
    return withheld ?? writes;
  },
};
