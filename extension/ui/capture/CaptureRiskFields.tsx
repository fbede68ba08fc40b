import { i18n } from '#i18n';
import type { RiskMatrixSize } from '../../../shared/risk-score';
import { CaptureHint } from './CaptureHint';
import { CaptureScore } from './CaptureScore';
import type { CaptureFormValues } from './capture-form-values';
import { RatingPicker } from './RatingPicker';

interface CaptureRiskFieldsProps {
  values: CaptureFormValues;
  matrix?: RiskMatrixSize | null;
  set<K extends keyof CaptureFormValues>(key: K, value: CaptureFormValues[K]): void;
}

/** A risk's own fields: the cause / event / effect statement, probability × impact and the live score. */
export function CaptureRiskFields({ values, set, matrix }: CaptureRiskFieldsProps) {
  return (
    <>
      <CaptureHint values={values} onValue={set} />
      <div class="capture-row capture-row--ratings">
        <RatingPicker
          testId="capture-probability"
          label={i18n.t('capture.probability')}
          value={values.probability}
          onValue={(rating) => set('probability', rating)}
          describe={(rating) => i18n.t(`ratings.probability.level${rating}` as const)}
        />
        <RatingPicker
          testId="capture-impact"
          label={i18n.t('capture.impact')}
          value={values.impact}
          onValue={(rating) => set('impact', rating)}
          describe={(rating) => i18n.t(`ratings.impact.level${rating}` as const)}
        />
        <CaptureScore probability={values.probability} impact={values.impact} matrix={matrix} />
      </div>
    </>
  );
}
