import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { bandOfScore, type RiskMatrixSize, scoreRisk } from '../../../shared/risk-score';
import { useBackgroundClient } from '../../ui/background-client';
import { describeBand, ScoreChip } from '../../ui/common/ScoreChip';
import { LessonSuggestions } from '../common/LessonSuggestions';
import { TextField } from '../common/TextField';
import { checkRiskTitle } from './check-popup-forms';
import { FoldedForm } from './FoldedForm';
import type { FoldedFormControl } from './use-folded-form';

const ratings = [1, 2, 3, 4, 5] as const;

interface AddRiskFormProps extends FoldedFormControl {
  workspaceId: string;
  projectId: string;
  /** The workspace's matrix the score is banded on; the default 5×5 without one. */
  matrix?: RiskMatrixSize | null;
}

/**
 * Title, probability and impact with the score as you choose; Enter adds the risk (offline too) and
 * the form stays open, focused on the title, for the next one.
 */
export function AddRiskForm({ workspaceId, projectId, matrix, ...folded }: AddRiskFormProps) {
  const client = useBackgroundClient();
  const [title, setTitle] = useState('');
  const [probability, setProbability] = useState(3);
  const [impact, setImpact] = useState(3);
  const [titleError, setTitleError] = useState<string>();
  const score = scoreRisk(probability, impact);
  const band = bandOfScore(score, matrix);

  async function addRisk() {
    const error = checkRiskTitle(title);
    setTitleError(error);
    if (error) {
      document.getElementById('risk-title')?.focus();
      return null;
    }
    const result = await client.send('mutate', {
      workspaceId,
      name: 'risk.create',
      args: { id: crypto.randomUUID(), projectId, title: title.trim(), probability, impact },
    });
    if (result.ok) {
      setTitle('');
      document.getElementById('risk-title')?.focus();
    }
    return result;
  }

  return (
    <FoldedForm
      {...folded}
      name="add-risk"
      title={i18n.t('popup.addRiskTitle')}
      action="add-risk"
      submitLabel={i18n.t('popup.addRisk')}
      onSubmit={addRisk}
      aside={
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
      }
    >
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
      <LessonSuggestions workspaceId={workspaceId} risk={{ title }} limit={2} isCompact />
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
    </FoldedForm>
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
