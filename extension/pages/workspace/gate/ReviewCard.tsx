import { i18n } from '#i18n';
import { computeWeightedGateScore } from '../../../../shared/methodology/gate-score';
import type { GateReview } from '../../../../shared/schemas/gate-review';
import type { Template } from '../../../../shared/schemas/methodology';
import { formatDay } from '../format';
import type { ProjectView } from '../project-view';
import { findMemberName } from '../status/report-labels';
import { EvidenceLinkText } from './EvidenceLinkText';
import { decisionLabel, formatGateScore, gateStateChip } from './gate-labels';

/** A phase's name in `template`, or its id when the template no longer has it. */
export function phaseName(template: Template | undefined, phaseId: string | undefined): string {
  if (!phaseId) return '—';
  return template?.phases.find((phase) => phase.id === phaseId)?.name ?? phaseId;
}

interface ReviewCardProps {
  view: ProjectView;
  review: GateReview;
  /** Prefix of test ids, so two cards on one screen stay apart. */
  testId?: string;
}

/**
 * A gate review as the PMO and the PM read it: who asked when, the answers (must-meet met or not
 * with their evidence, should-meet scores and the weighted score), the evidence links, and once
 * decided the decision with its conditions, who and when.
 */
export function ReviewCard({ view, review, testId = 'gate-review' }: ReviewCardProps) {
  const someone = i18n.t('workspaceGate.someone');
  const gate = view.template?.phases.find((phase) => phase.id === review.toPhaseId)?.gate;
  const score = computeWeightedGateScore(gate, review.shouldMeet);
  const state = review.status === 'requested' ? 'waiting' : (review.decision ?? 'waiting');
  return (
    <div class="gate-review" data-testid={testId} data-state={state}>
      <p class="gate-review__line">
        <span class={gateStateChip(state)} data-testid={`${testId}-state`}>
          {review.status === 'requested'
            ? i18n.t('workspaceGate.state.waiting')
            : decisionLabel(review.decision ?? 'hold')}
        </span>{' '}
        <span data-testid={`${testId}-requested`}>
          {i18n.t('workspaceGate.review.requestedBy', [
            findMemberName(view, review.requestedBy) ?? someone,
            formatDay(review.requestedAt),
          ])}
        </span>
      </p>
      {review.status === 'requested' ? (
        <p class="gate-review__waiting" data-testid={`${testId}-waiting`}>
          {i18n.t('workspaceGate.review.waiting')}
        </p>
      ) : (
        <div class="gate-review__decision" data-testid={`${testId}-decision`}>
          <p>
            {i18n.t('workspaceGate.review.decidedBy', [
              decisionLabel(review.decision ?? 'hold'),
              findMemberName(view, review.decidedBy) ?? someone,
              formatDay(review.decidedAt),
            ])}
          </p>
          {review.reason ? (
            <div class="gate-review__conditions">
              <h5>{i18n.t('workspaceGate.review.reason')}</h5>
              <p data-testid={`${testId}-reason`}>{review.reason}</p>
            </div>
          ) : null}
          {review.conditions ? (
            <div class="gate-review__conditions">
              <h5>{i18n.t('workspaceGate.review.conditions')}</h5>
              <p data-testid={`${testId}-conditions`}>{review.conditions}</p>
            </div>
          ) : null}
        </div>
      )}
      {review.mustMeet.length > 0 ? (
        <div class="gate-review__block">
          <h5>{i18n.t('workspaceGate.mustMeet.title')}</h5>
          <ul class="gate-review__answers">
            {review.mustMeet.map((answer) => (
              <li key={answer.criterionId} class={answer.met ? 'is-met' : 'is-unmet'}>
                <span class="gate-review__mark" aria-hidden="true">
                  {answer.met ? '✓' : '✗'}
                </span>
                <span class="visually-hidden">
                  {answer.met ? i18n.t('workspaceGate.review.met') : i18n.t('workspaceGate.review.unmet')}
                </span>
                <span>
                  {answer.text ?? answer.criterionId}
                  {answer.evidence ? <span class="gate-review__evidence"> — {answer.evidence}</span> : null}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {gate && gate.shouldMeet.length > 0 ? (
        <div class="gate-review__block">
          <h5>{i18n.t('workspaceGate.shouldMeet.title')}</h5>
          <table class="gate-review__scores">
            <thead>
              <tr>
                <th scope="col">{i18n.t('workspaceGate.review.criterion')}</th>
                <th scope="col">{i18n.t('workspaceGate.review.weightColumn')}</th>
                <th scope="col">{i18n.t('workspaceGate.review.scoreColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {gate.shouldMeet.map((criterion) => (
                <tr key={criterion.id}>
                  <th scope="row" class="gate-review__criterion">
                    {criterion.text}
                  </th>
                  <td>{criterion.weight}</td>
                  <td>{review.shouldMeet.find((answer) => answer.criterionId === criterion.id)?.score ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid={`${testId}-score`}>
            {i18n.t('workspaceGate.review.weightedScore', [
              formatGateScore(score.score, view.language),
              formatGateScore(score.passScore, view.language),
            ])}
          </p>
        </div>
      ) : null}
      {review.evidenceLinks.length > 0 ? (
        <div class="gate-review__block">
          <h5>{i18n.t('workspaceGate.evidence.title')}</h5>
          <ul class="gate-evidence__list">
            {review.evidenceLinks.map((link) => (
              <li key={link}>
                <EvidenceLinkText link={link} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
