import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { AnyRecord } from '../../../../shared/entities';
import { describeGateProgress } from '../../../../shared/methodology/gate-progress';
import { isWritingRole } from '../../../../shared/roles';
import { FormError } from '../../common/FormError';
import { ModalDialog } from '../common/ModalDialog';
import type { TabProps } from '../tab-props';
import { useMutate } from '../use-mutate';
import { GateCriteria } from './GateCriteria';
import { GateHistory } from './GateHistory';
import { GateRequestForm } from './GateRequestForm';
import { PhaseStepper } from './PhaseStepper';
import { phaseName, ReviewCard } from './ReviewCard';
import './gate.css';

/**
 * The project's way through its method (docs/domain.md "Gate flow"): the phases as a stepper, the
 * next gate's criteria answered and sent as a request, the request waiting for the PMO, the
 * decision, and after a "go" the move into the next phase; then every gate review so far. A gate
 * review in the address opens in a dialog.
 */
export function GateTab({ view, recordId, navigate, mayWrite }: TabProps) {
  const { project, gateReviews } = view.records;
  const template = view.template;
  const progress = useMemo(
    () => (template ? describeGateProgress(template, project, gateReviews) : undefined),
    [template, project, gateReviews],
  );
  const opened = recordId ? gateReviews.find((review) => review.id === recordId) : undefined;
  // gate.request is refused to roles that write nothing (role-gates.ts), whatever the record.
  const mayRequest = isWritingRole(view.member.role) && mayWrite('gateReview');

  if (!template || !progress)
    return (
      <div class="gate-tab">
        <div class="card empty-state" data-testid="gate-no-method">
          <h3>{i18n.t('workspaceGate.noMethod.title')}</h3>
          <p>{i18n.t('workspaceGate.noMethod.text')}</p>
        </div>
      </div>
    );

  const { current, next, review, state } = progress;
  const enteredBy = progress.steps.find((step) => step.status === 'current')?.latestReview;
  return (
    <div class="gate-tab">
      <section class="card gate-phases" aria-labelledby="gate-phases-title">
        <div class="gate-phases__head">
          <h3 id="gate-phases-title" class="gate-card__title">
            {i18n.t('workspaceGate.phases.title')}
          </h3>
          <p class="gate-phases__method" data-testid="gate-method">
            {i18n.t('adminMethod.gateMethod', [template.name, String(template.templateVersion)])}
          </p>
        </div>
        <PhaseStepper steps={progress.steps} />
        <p class="gate-phases__current" data-testid="gate-current-phase">
          {current
            ? i18n.t('workspaceGate.phases.current', [current.name])
            : progress.isPhaseUnknown
              ? i18n.t('workspaceGate.phases.unknown')
              : i18n.t('workspaceGate.phases.none')}
        </p>
        {enteredBy?.status === 'decided' && enteredBy.decision === 'go' && current ? (
          <p class="gate-phases__entered" data-testid="gate-entered">
            {i18n.t('workspaceGate.phases.entered', [current.name])}{' '}
            <button
              type="button"
              class="button button--quiet gate-inline-button"
              onClick={() => navigate({ tab: 'gate', recordId: enteredBy.id })}
            >
              {i18n.t('workspaceGate.phases.openReview')}
            </button>
          </p>
        ) : null}
      </section>

      <section class="card gate-next" aria-labelledby="gate-next-title" data-testid="gate-next">
        {next ? (
          <>
            <h3 id="gate-next-title" class="gate-card__title">
              {i18n.t('workspaceGate.next.title', [next.gate?.name ?? next.name, next.name])}
            </h3>
            {review ? <ReviewCard view={view} review={review} testId="gate-current-review" /> : null}
            {state === 'go' ? (
              <ChangePhase
                view={view}
                nextName={next.name}
                nextId={next.id}
                reviewId={review?.id}
                mayWrite={mayWrite}
              />
            ) : null}
            {state === 'waiting' || state === 'go' ? null : mayRequest ? (
              <>
                {review ? <p class="gate-next__again">{i18n.t('workspaceGate.next.again')}</p> : null}
                <GateRequestForm key={`${next.id}:${review?.id ?? ''}`} view={view} next={next} previous={review} />
              </>
            ) : (
              <>
                <p class="field-hint" data-testid="gate-read-only">
                  {i18n.t('workspaceGate.next.readOnly')}
                </p>
                <GateCriteria next={next} language={view.language} />
              </>
            )}
          </>
        ) : (
          <>
            <h3 id="gate-next-title" class="gate-card__title">
              {i18n.t('workspaceGate.next.noneTitle')}
            </h3>
            <p class="empty-state" data-testid="gate-no-next">
              {progress.isPhaseUnknown ? i18n.t('workspaceGate.phases.unknown') : i18n.t('workspaceGate.next.none')}
            </p>
          </>
        )}
      </section>

      <GateHistory view={view} reviews={gateReviews} onOpen={(id) => navigate({ tab: 'gate', recordId: id })} />

      {opened ? (
        <ModalDialog
          labelledBy="gate-review-dialog-title"
          className="gate-dialog"
          testId="gate-review-dialog"
          onClose={() => navigate({ tab: 'gate', recordId: undefined })}
        >
          <div class="gate-dialog__head">
            <h3 id="gate-review-dialog-title">
              {i18n.t('workspaceGate.dialog.titleOf', [
                phaseName(template, opened.fromPhaseId),
                phaseName(template, opened.toPhaseId),
              ])}
            </h3>
            <button
              type="button"
              class="button button--quiet"
              data-testid="gate-review-dialog-close"
              onClick={() => navigate({ tab: 'gate', recordId: undefined })}
            >
              {i18n.t('workspaceGate.dialog.close')}
            </button>
          </div>
          <ReviewCard view={view} review={opened} testId="gate-dialog-review" />
        </ModalDialog>
      ) : null}
    </div>
  );
}

interface ChangePhaseProps {
  view: TabProps['view'];
  nextName: string;
  nextId: string;
  reviewId: string | undefined;
  mayWrite: TabProps['mayWrite'];
}

/** After a "go": the move into the next phase (`project.changePhase`), for whoever may change the project. */
function ChangePhase({ view, nextName, nextId, reviewId, mayWrite }: ChangePhaseProps) {
  const mutate = useMutate(view.workspaceId);
  const [isSending, setIsSending] = useState(false);
  const [error, setError] = useState<string>();
  const project = view.records.project;
  if (!reviewId) return null;
  if (!mayWrite('project', project as AnyRecord))
    return (
      <p class="field-hint" data-testid="gate-go-waiting-move">
        {i18n.t('workspaceGate.changePhase.byManager', [nextName])}
      </p>
    );

  async function changePhase() {
    if (!reviewId) return;
    setIsSending(true);
    setError(undefined);
    const outcome = await mutate('project.changePhase', { id: project.id, toPhaseId: nextId, gateReviewId: reviewId });
    setIsSending(false);
    if (!outcome.ok) setError(outcome.message);
  }

  return (
    <div class="gate-change-phase">
      <p>{i18n.t('workspaceGate.changePhase.ready', [nextName])}</p>
      <button
        type="button"
        class="button button--primary"
        data-testid="gate-change-phase"
        disabled={isSending}
        onClick={() => void changePhase()}
      >
        {i18n.t('workspaceGate.changePhase.button', [nextName])}
      </button>
      <FormError id="gate-change-phase-error" message={error} />
    </div>
  );
}
