import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useBackgroundClient } from '../../ui/background-client';
import { StepHeading } from './StepHeading';

interface ResultStepProps {
  applied: number;
  /** Lines left out for their problems: said again, with their download, so none is forgotten. */
  invalidLines: number;
  onDownloadInvalid(): void;
  onImportAgain(): void;
}

/** After a successful import: how many records, and where to go next. */
export function ResultStep({ applied, invalidLines, onDownloadInvalid, onImportAgain }: ResultStepProps) {
  const client = useBackgroundClient();
  const [error, setError] = useState<string>();
  return (
    <section class="import-step" aria-labelledby="import-result-title">
      <StepHeading id="import-result-title">{i18n.t('import.result.title')}</StepHeading>
      <p class="form-success" role="status" data-testid="import-result">
        {i18n.t('import.result.done', applied)}
      </p>
      {invalidLines > 0 ? (
        <div class="import-warning import-result__left-out" data-testid="import-result-left-out">
          <p>{i18n.t('import.result.leftOut', invalidLines)}</p>
          <button type="button" class="button" onClick={onDownloadInvalid}>
            {i18n.t('import.problems.download')}
          </button>
        </div>
      ) : null}
      <div class="form-actions import-step__actions">
        <button type="button" class="button button--primary" data-testid="import-again" onClick={onImportAgain}>
          {i18n.t('import.result.again')}
        </button>
        <button
          type="button"
          class="button"
          data-testid="import-open-popup"
          onClick={async () => {
            setError(undefined);
            const answer = await client.send('popup.open', {});
            if (!answer.ok) setError(answer.error.message);
          }}
        >
          {i18n.t('import.result.openPopup')}
        </button>
      </div>
      {error ? (
        <p class="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
