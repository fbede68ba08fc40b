import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Milestone } from '../../../../shared/schemas/plan';
import { SubmitOrCancel } from '../../common/SubmitOrCancel';
import { FormDialog } from '../common/FormDialog';
import { useMutate } from '../use-mutate';

interface DateMoveDialogProps {
  workspaceId: string;
  milestone: Milestone;
  /** Forecast: `milestone.reschedule`; baseline: `milestone.rebaseline`. Both log the move with its reason. */
  kind: 'forecast' | 'baseline';
  onClose(): void;
}

/**
 * Moves a milestone's forecast or baseline with a reason (docs/domain.md "Milestone"): the mutator
 * appends from, to, why, who and when to its date trail, which the trend analysis reads.
 */
export function DateMoveDialog({ workspaceId, milestone, kind, onClose }: DateMoveDialogProps) {
  const mutate = useMutate(workspaceId);
  const current = kind === 'forecast' ? milestone.forecastDate : milestone.baselineDate;
  const [date, setDate] = useState(current ?? milestone.forecastDate);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const titleId = `plan-move-${kind}-title`;

  async function submit(event: Event) {
    event.preventDefault();
    if (!date || !reason.trim()) {
      setError(i18n.t('workspacePlan.move.reasonRequired'));
      return;
    }
    setIsBusy(true);
    const outcome =
      kind === 'forecast'
        ? await mutate('milestone.reschedule', {
            id: milestone.id,
            forecastDate: date,
            reason: reason.trim(),
            expected: { forecastDate: milestone.forecastDate },
          })
        : await mutate('milestone.rebaseline', {
            id: milestone.id,
            baselineDate: date,
            reason: reason.trim(),
            ...(milestone.baselineDate ? { expected: { baselineDate: milestone.baselineDate } } : {}),
          });
    setIsBusy(false);
    if (outcome.ok) onClose();
    else setError(outcome.message);
  }

  return (
    <FormDialog
      titleId={titleId}
      title={i18n.t(kind === 'forecast' ? 'workspacePlan.move.forecastTitle' : 'workspacePlan.move.baselineTitle', [
        milestone.title,
      ])}
      titleClass="plan-dialog__title"
      className="dialog plan-dialog"
      testId={`plan-move-${kind}`}
      onSubmit={submit}
      onClose={onClose}
    >
      <p class="field-hint">
        {i18n.t(kind === 'forecast' ? 'workspacePlan.move.forecastHint' : 'workspacePlan.move.baselineHint')}
      </p>
      <div class="field">
        <label for="plan-move-date">
          {i18n.t(kind === 'forecast' ? 'workspacePlan.fields.forecastDate' : 'workspacePlan.fields.baselineDate')}
        </label>
        <input
          id="plan-move-date"
          data-testid="plan-move-date"
          type="date"
          required
          value={date}
          onInput={(event) => setDate(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="plan-move-reason">{i18n.t('workspacePlan.move.reason')}</label>
        <textarea
          id="plan-move-reason"
          data-testid="plan-move-reason"
          rows={3}
          maxLength={2000}
          required
          value={reason}
          aria-invalid={error ? 'true' : undefined}
          onInput={(event) => {
            setReason(event.currentTarget.value);
            setError(undefined);
          }}
        />
      </div>
      {error ? (
        <p class="form-error" role="alert" data-testid="plan-move-error">
          {error}
        </p>
      ) : null}
      <SubmitOrCancel
        submitLabel={i18n.t(
          kind === 'forecast' ? 'workspacePlan.move.forecastConfirm' : 'workspacePlan.move.baselineConfirm',
        )}
        submitTestId="plan-move-confirm"
        isBusy={isBusy}
        cancelLabel={i18n.t('workspacePlan.cancel')}
        onCancel={onClose}
      />
    </FormDialog>
  );
}
