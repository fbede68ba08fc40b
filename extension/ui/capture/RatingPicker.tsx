import { i18n } from '#i18n';

const ratings = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof ratings)[number];

/** Arrow keys as in any radio group (WAI-ARIA APG): next and previous, wrapping; Home and End for the ends. */
const steps: Record<string, (value: number) => number> = {
  ArrowRight: (value) => (value % 5) + 1,
  ArrowDown: (value) => (value % 5) + 1,
  ArrowLeft: (value) => ((value + 3) % 5) + 1,
  ArrowUp: (value) => ((value + 3) % 5) + 1,
  Home: () => 1,
  End: () => 5,
};

interface RatingPickerProps {
  /** `data-testid` and radio name of the group; each option's input is `<testId>-<rating>`. */
  testId: string;
  label: string;
  value: number;
  onValue(value: Rating): void;
  describe(rating: Rating): string;
}

/**
 * A 1–5 rating as native radios drawn as one segmented control: one Tab stop, arrow keys move
 * and choose. The keys are handled here, not left to the browser, so Home and End work too and
 * the behaviour is the same wherever the form runs.
 */
export function RatingPicker({ testId, label, value, onValue, describe }: RatingPickerProps) {
  function onKeyDown(event: KeyboardEvent) {
    const step = steps[event.key];
    if (!step) return;
    event.preventDefault();
    const next = step(value) as Rating;
    onValue(next);
    const group = event.currentTarget as HTMLElement;
    group.querySelector<HTMLInputElement>(`input[value="${next}"]`)?.focus();
  }

  return (
    <fieldset class="capture-rating" data-testid={testId} data-value={value} onKeyDown={onKeyDown}>
      <legend class="capture-label">{label}</legend>
      <div class="capture-rating__options">
        {ratings.map((rating) => {
          const description = i18n.t('capture.ratingOption', [String(rating), describe(rating)]);
          return (
            <label key={rating} class="capture-rating__option" title={description}>
              <input
                type="radio"
                class="capture-rating__input"
                name={testId}
                value={rating}
                checked={rating === value}
                aria-label={description}
                data-testid={`${testId}-${rating}`}
                onChange={() => onValue(rating)}
              />
              <span class="capture-rating__digit" aria-hidden="true">
                {rating}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
