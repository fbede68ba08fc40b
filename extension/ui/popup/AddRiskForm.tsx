import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { bandOfScore, scoreRisk } from '../../../shared/risk-score';
import { useBackgroundClient } from '../background-client';
import { FormError } from '../common/FormError';
import { TextField } from '../common/TextField';
import { checkRiskTitle } from './check-popup-forms';
import { describeBand, ScoreChip } from './ScoreChip';
import { closeOnEscape } from './use-folded-form';

const ratings = [1, 2, 3, 4, 5] as const;

interface AddRiskFormProps {
  /** The element id the opener's aria-controls names. */
  id: string;
  workspaceId: string;
  projectId: string;
  /** Folds the form away (Esc, Cancel); the opener takes the focus back. */
  onClose(): void;
}

/**
 * Title, probability and impact with the score as you choose; Enter adds the risk (offline too) and
 * the form stays open, focused on the title, for the next one.
 */
export function AddRiskForm({ id, workspaceId, projectId, onClose }: AddRiskFormProps) {
  const client = useBackgroundClient();
  const [title, setTitle] = useState('');
  const [probability, setProbability] = useState(3);
  const [impact, setImpact] = useState(3);
  const [titleError, setTitleError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const score = scoreRisk(probability, impact);
  const band = bandOfScore(score);

  useEffect(() => document.getElementById('risk-title')?.focus(), []);

  async function addRisk(event: Event) {
    event.preventDefault();
    const error = checkRiskTitle(title);
    setTitleError(error);
    if (error) {
      document.getElementById('risk-title')?.focus();
      return;
    }
    const result = await client.send('mutate', {
      workspaceId,
      name: 'risk.create',
      args: { id: crypto.randomUUID(), projectId, title: title.trim(), probability, impact },
    });
    if (!result.ok) {
      setFormError(result.error.message);
      return;
    }
    setFormError(undefined);
    setTitle('');
    document.getElementById('risk-title')?.focus();
  }

  return (
    <form
      id={id}
      class="card add-risk"
      onSubmit={addRisk}
      onKeyDown={closeOnEscape(onClose)}
      noValidate
      aria-labelledby="add-risk-title"
    >
      <h2 id="add-risk-title" class="card__title">
        {i18n.t('popup.addRiskTitle')}
      </h2>
      <TextField
        id="risk-title"
        label={i18n.t('popup.riskTitle')}
        value={title}
        onValue={(value) => {
          setTitle(value);
          if (titleError) setTitleError(undefined);
        }}
        error={titleError}
        placeholder={i18n.t('popup.riskTitlePlaceholder')}
        maxLength={300}
        autoComplete="off"
      />
      <div class="add-risk__ratings">
        <RatingSelect
          id="risk-probability"
          label={i18n.t('popup.probability')}
          value={probability}
          onValue={setProbability}
          describe={(rating) => i18n.t(`ratings.probability.level${rating}` as const)}
        />
        <RatingSelect
          id="risk-impact"
          label={i18n.t('popup.impact')}
          value={impact}
          onValue={setImpact}
          describe={(rating) => i18n.t(`ratings.impact.level${rating}` as const)}
        />
      </div>
      <div class="add-risk__footer">
        <div class="add-risk__score">
          <span class="field-label" id="risk-score-preview-label">
            {i18n.t('popup.score')}
          </span>
          <output
            data-testid="risk-score-preview"
            for="risk-probability risk-impact"
            aria-labelledby="risk-score-preview-label"
            aria-live="polite"
          >
            <ScoreChip score={score} band={band} />
            <span class="add-risk__band" aria-hidden="true">
              {describeBand(band)}
            </span>
          </output>
        </div>
        <div class="form-actions">
          <button type="button" class="button button--quiet" data-testid="cancel-add-risk" onClick={onClose}>
            {i18n.t('popup.cancel')}
          </button>
          <button type="submit" class="button button--primary" data-testid="add-risk">
            {i18n.t('popup.addRisk')}
          </button>
        </div>
      </div>
      <FormError id="add-risk-error" message={formError} />
    </form>
  );
}

interface RatingSelectProps {
  id: string;
  label: string;
  value: number;
  onValue(value: number): void;
  describe(rating: (typeof ratings)[number]): string;
}

function RatingSelect({ id, label, value, onValue, describe }: RatingSelectProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        data-testid={id}
        value={String(value)}
        onChange={(event) => onValue(Number(event.currentTarget.value))}
      >
        {ratings.map((rating) => (
          <option key={rating} value={String(rating)}>
            {`${rating} – ${describe(rating)}`}
          </option>
        ))}
      </select>
    </div>
  );
}
