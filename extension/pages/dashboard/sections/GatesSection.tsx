import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PendingGate } from '../../../../shared/analytics/portfolio/dashboard-types';
import { listUnmetMustMeet } from '../../../../shared/methodology/gate-criteria';
import type { GateDecision, GateReview } from '../../../../shared/schemas/gate-review';
import { ModalDialog } from '../../workspace/common/ModalDialog';
import { formatDay } from '../../workspace/format';
import { useMutate } from '../../workspace/use-mutate';
import type { DashboardSectionProps } from '../dashboard-section-props';
import { projectHref } from './PortfolioSection';

const decisions: GateDecision[] = ['go', 'kill', 'hold', 'recycle'];
/** How far back the "recently decided" list looks. */
const recentDays = 30;

/**
 * The gate reviews waiting for the PMO, oldest first, each with what stands in the way (unmet
 * must-meet criteria, score against the pass score); owner and PMO decide them here through the
 * same `gate.decide` the workspace app uses (offline too: it syncs later). Below, the reviews
 * decided in the last 30 days.
 */
export function GatesSection({ data, mayGovern, connection }: DashboardSectionProps) {
  const { shown, rows } = data;
  const [deciding, setDeciding] = useState<PendingGate>();
  const [done, setDone] = useState<string>();
  const reviewById = useMemo(() => new Map(rows.records.gateReviews.map((review) => [review.id, review])), [rows]);
  const phaseName = useMemo(() => {
    const names = new Map<string, string>();
    for (const template of rows.records.templates) for (const phase of template.phases) names.set(phase.id, phase.name);
    return (id: string | undefined) => (id ? (names.get(id) ?? '—') : '—');
  }, [rows]);
  const shownIds = new Set(shown.projects.map((project) => project.projectId));
  const codeOf = new Map(shown.projects.map((project) => [project.projectId, project.code]));
  const since = new Date(Date.now() - recentDays * 86_400_000).toISOString();
  const recent = rows.records.gateReviews
    .filter(
      (review) => review.status === 'decided' && shownIds.has(review.projectId) && (review.decidedAt ?? '') >= since,
    )
    .sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''));

  return (
    <div class="dashboard-gates">
      {done ? (
        <p class="form-success" role="status" data-testid="gate-decision-done">
          {done}
        </p>
      ) : null}
      {mayGovern ? null : (
        <p class="muted" data-testid="gates-read-only">
          {i18n.t('dashboard.gates.readOnly')}
        </p>
      )}
      <section class="card" aria-labelledby="pending-gates-title">
        <h3 id="pending-gates-title" class="card__title">
          {i18n.t('dashboard.gates.pendingTitle', shown.pendingGates.length, [String(shown.pendingGates.length)])}
        </h3>
        {shown.pendingGates.length === 0 ? (
          <p class="muted" data-testid="pending-gates-empty">
            {i18n.t('dashboard.gates.none')}
          </p>
        ) : (
          <div class="dashboard-table-wrap">
            <table class="dashboard-table" data-testid="pending-gates">
              <thead>
                <tr>
                  <th scope="col">{i18n.t('dashboard.gates.project')}</th>
                  <th scope="col">{i18n.t('dashboard.gates.phases')}</th>
                  <th scope="col">{i18n.t('dashboard.gates.requested')}</th>
                  <th scope="col">{i18n.t('dashboard.gates.unmet')}</th>
                  <th scope="col">{i18n.t('dashboard.gates.score')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{i18n.t('dashboard.grid.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.pendingGates.map((gate) => (
                  <tr key={gate.reviewId} data-testid={`pending-gate-${gate.projectCode}`}>
                    <th scope="row">
                      <a href={projectHref(gate.projectId, 'gate', gate.reviewId)} target="_blank" rel="noopener">
                        {`${gate.projectCode} — ${gate.projectName}`}
                      </a>
                    </th>
                    <td>{`${gate.fromPhaseName ?? '—'} → ${gate.toPhaseName}`}</td>
                    <td>{i18n.t('dashboard.gates.requestedBy', [gate.requestedBy, formatDay(gate.requestedAt)])}</td>
                    <td class="number">
                      {gate.unmetMustMeet > 0 ? (
                        <span class="severity severity--critical">{gate.unmetMustMeet}</span>
                      ) : (
                        '0'
                      )}
                    </td>
                    <td class="number">
                      {gate.weightedScore === null
                        ? '—'
                        : gate.passScore === null
                          ? gate.weightedScore.toFixed(1)
                          : i18n.t('dashboard.gates.scoreOf', [
                              gate.weightedScore.toFixed(1),
                              gate.passScore.toFixed(1),
                            ])}
                    </td>
                    <td>
                      {mayGovern ? (
                        <button
                          type="button"
                          class="button button--primary"
                          data-testid={`decide-gate-${gate.projectCode}`}
                          onClick={() => {
                            setDone(undefined);
                            setDeciding(gate);
                          }}
                        >
                          {i18n.t('dashboard.gates.decide')}
                          <span class="visually-hidden">{` ${gate.projectCode}`}</span>
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section class="card" aria-labelledby="recent-gates-title">
        <h3 id="recent-gates-title" class="card__title">
          {i18n.t('dashboard.gates.recentTitle')}
        </h3>
        {recent.length === 0 ? (
          <p class="muted">{i18n.t('dashboard.gates.noRecent')}</p>
        ) : (
          <div class="dashboard-table-wrap">
            <table class="dashboard-table" data-testid="recent-gates">
              <thead>
                <tr>
                  <th scope="col">{i18n.t('dashboard.gates.project')}</th>
                  <th scope="col">{i18n.t('dashboard.gates.phases')}</th>
                  <th scope="col">{i18n.t('dashboard.gates.decision')}</th>
                  <th scope="col">{i18n.t('dashboard.gates.reason')}</th>
                  <th scope="col">{i18n.t('dashboard.gates.decidedOn')}</th>
                </tr>
              </thead>
              <tbody>
                {recent.map((review) => (
                  <tr key={review.id} data-testid={`recent-gate-${codeOf.get(review.projectId)}`}>
                    <th scope="row">
                      <a href={projectHref(review.projectId, 'gate', review.id)} target="_blank" rel="noopener">
                        {codeOf.get(review.projectId)}
                      </a>
                    </th>
                    <td>{`${phaseName(review.fromPhaseId)} → ${phaseName(review.toPhaseId)}`}</td>
                    <td>{review.decision ? i18n.t(`dashboard.gates.decisions.${review.decision}`) : '—'}</td>
                    <td class="dashboard-gates__reason">
                      {[review.reason, review.conditions].filter(Boolean).join(' — ') || '—'}
                    </td>
                    <td>{formatDay(review.decidedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {deciding ? (
        <GateDecisionDialog
          workspaceId={connection.workspaceId}
          gate={deciding}
          review={reviewById.get(deciding.reviewId)}
          onClose={() => setDeciding(undefined)}
          onDecided={(decision) => {
            setDeciding(undefined);
            setDone(
              i18n.t('dashboard.gates.done', [deciding.projectCode, i18n.t(`dashboard.gates.decisions.${decision}`)]),
            );
          }}
        />
      ) : null}
    </div>
  );
}

interface GateDecisionDialogProps {
  workspaceId: string;
  gate: PendingGate;
  review: GateReview | undefined;
  onClose(): void;
  onDecided(decision: GateDecision): void;
}

/** Go / kill / hold / recycle with a reason and conditions; a refusal from the shared rule shows in the dialog. */
function GateDecisionDialog({ workspaceId, gate, review, onClose, onDecided }: GateDecisionDialogProps) {
  const mutate = useMutate(workspaceId);
  const unmet = review ? listUnmetMustMeet(review.mustMeet) : [];
  const [decision, setDecision] = useState<GateDecision | undefined>(unmet.length > 0 ? undefined : 'go');
  const [reason, setReason] = useState('');
  const [conditions, setConditions] = useState('');
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (!decision) return setError(i18n.t('dashboard.gates.chooseDecision'));
    if (decision !== 'go' && reason.trim() === '') return setError(i18n.t('dashboard.gates.reasonRequired'));
    if (!review) return setError(i18n.t('dashboard.gates.reviewGone'));
    setIsBusy(true);
    const outcome = await mutate('gate.decide', {
      id: review.id,
      decision,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(conditions.trim() ? { conditions: conditions.trim() } : {}),
    });
    setIsBusy(false);
    if (outcome.ok) onDecided(decision);
    else setError(outcome.message);
  }

  return (
    <ModalDialog
      labelledBy="gate-decision-title"
      className="dialog gate-decision"
      testId="gate-decision-dialog"
      onClose={onClose}
    >
      <h2 id="gate-decision-title">
        {i18n.t('dashboard.gates.dialogTitle', [gate.projectCode, gate.fromPhaseName ?? '—', gate.toPhaseName])}
      </h2>
      <form onSubmit={submit}>
        <fieldset class="gate-decision__choices">
          <legend>{i18n.t('dashboard.gates.decision')}</legend>
          {decisions.map((option) => {
            const isBlocked = option === 'go' && unmet.length > 0;
            return (
              <label key={option} class={`gate-decision__choice${isBlocked ? ' gate-decision__choice--blocked' : ''}`}>
                <input
                  type="radio"
                  name="decision"
                  value={option}
                  checked={decision === option}
                  disabled={isBlocked || isBusy}
                  aria-describedby={isBlocked ? 'gate-decision-go-blocked' : undefined}
                  onChange={() => {
                    setDecision(option);
                    setError(undefined);
                  }}
                />
                <span>
                  <strong>{i18n.t(`dashboard.gates.decisions.${option}`)}</strong>
                  <span class="muted"> — {i18n.t(`dashboard.gates.explain.${option}`)}</span>
                </span>
              </label>
            );
          })}
          {unmet.length > 0 ? (
            <p class="field-hint" id="gate-decision-go-blocked" data-testid="gate-decision-go-blocked">
              {i18n.t('dashboard.gates.goBlocked', [
                unmet
                  .map((criterion) => i18n.t('dashboard.gates.quoted', [criterion.text ?? criterion.criterionId]))
                  .join(', '),
              ])}
            </p>
          ) : null}
        </fieldset>
        <div class="field">
          <label for="gate-decision-reason">
            {decision === 'go' || !decision
              ? i18n.t('dashboard.gates.reasonOptional')
              : i18n.t('dashboard.gates.reasonLabel')}
          </label>
          <textarea
            id="gate-decision-reason"
            data-testid="gate-decision-reason"
            rows={3}
            maxLength={2000}
            value={reason}
            onInput={(event) => setReason(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="gate-decision-conditions">{i18n.t('dashboard.gates.conditions')}</label>
          <textarea
            id="gate-decision-conditions"
            data-testid="gate-decision-conditions"
            rows={3}
            maxLength={2000}
            value={conditions}
            onInput={(event) => setConditions(event.currentTarget.value)}
          />
          <p class="field-hint">{i18n.t('dashboard.gates.conditionsHint')}</p>
        </div>
        {error ? (
          <p class="form-error" role="alert" data-testid="gate-decision-error">
            {error}
          </p>
        ) : null}
        <div class="form-actions">
          <button type="submit" class="button button--primary" data-testid="gate-decision-submit" disabled={isBusy}>
            {i18n.t('dashboard.gates.submit')}
          </button>
          <button type="button" class="button" onClick={onClose}>
            {i18n.t('dashboard.gates.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
