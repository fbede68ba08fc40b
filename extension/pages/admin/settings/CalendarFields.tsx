import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatDay } from '../../workspace/format';

interface CalendarFieldsProps {
  workingDays: readonly number[];
  holidays: readonly string[];
  onWorkingDays(days: number[]): void;
  onHolidays(days: string[]): void;
  errors: Record<string, string>;
  isReadOnly: boolean;
}

/** ISO weekday numbers (1 = Monday) and their catalog keys. */
const isoWeekdays = [
  [1, 'mon'],
  [2, 'tue'],
  [3, 'wed'],
  [4, 'thu'],
  [5, 'fri'],
  [6, 'sat'],
  [7, 'sun'],
] as const;

/** The working calendar (docs/domain.md "Working calendar"): ISO working weekdays and holidays. */
export function CalendarFields({
  workingDays,
  holidays,
  onWorkingDays,
  onHolidays,
  errors,
  isReadOnly,
}: CalendarFieldsProps) {
  const [holiday, setHoliday] = useState('');
  const [addError, setAddError] = useState<string>();
  const daysError = errors['settings-workingDays'];
  const holidayError = addError ?? Object.entries(errors).find(([id]) => id.startsWith('settings-holidays'))?.[1];
  return (
    <>
      <fieldset
        class={daysError ? 'settings-days field--invalid' : 'settings-days'}
        data-testid="settings-working-days"
      >
        <legend>{i18n.t('adminSettings.calendar.workingDays')}</legend>
        <div class="settings-days__list">
          {isoWeekdays.map(([day, name]) => (
            <label key={day} class="settings-check">
              <input
                type="checkbox"
                data-testid={`settings-day-${day}`}
                checked={workingDays.includes(day)}
                disabled={isReadOnly}
                onChange={(event) =>
                  onWorkingDays(
                    event.currentTarget.checked
                      ? [...workingDays, day].sort((a, b) => a - b)
                      : workingDays.filter((each) => each !== day),
                  )
                }
              />
              <span>{i18n.t(`adminSettings.weekday.${name}`)}</span>
            </label>
          ))}
        </div>
        {daysError ? (
          <p class="field-error" role="alert" id="settings-workingDays">
            {daysError}
          </p>
        ) : null}
      </fieldset>
      <fieldset class="settings-holidays" data-testid="settings-holidays">
        <legend>{i18n.t('adminSettings.calendar.holidays')}</legend>
        {holidays.length === 0 ? <p class="field-hint">{i18n.t('adminSettings.calendar.noHolidays')}</p> : null}
        <ul class="settings-holidays__list">
          {holidays.map((day) => (
            <li key={day} data-testid="settings-holiday">
              <span>{formatDay(day)}</span>
              {isReadOnly ? null : (
                <button
                  type="button"
                  class="button button--quiet"
                  aria-label={i18n.t('adminSettings.calendar.removeHoliday', [formatDay(day)])}
                  onClick={() => onHolidays(holidays.filter((each) => each !== day))}
                >
                  ✕
                </button>
              )}
            </li>
          ))}
        </ul>
        {isReadOnly ? null : (
          <div class="settings-holidays__add">
            <div class={holidayError ? 'field field--invalid' : 'field'}>
              <label for="settings-holiday-new">{i18n.t('adminSettings.calendar.holiday')}</label>
              <input
                id="settings-holiday-new"
                data-testid="settings-holiday-new"
                type="date"
                value={holiday}
                aria-invalid={holidayError ? 'true' : undefined}
                aria-describedby={holidayError ? 'settings-holiday-error' : undefined}
                onInput={(event) => {
                  setHoliday(event.currentTarget.value);
                  setAddError(undefined);
                }}
              />
            </div>
            <button
              type="button"
              class="button"
              data-testid="settings-holiday-add"
              onClick={() => {
                if (!/^\d{4}-\d{2}-\d{2}$/.test(holiday)) {
                  setAddError(i18n.t('adminSettings.error.holiday'));
                  return;
                }
                if (holidays.includes(holiday)) {
                  setAddError(i18n.t('adminSettings.error.holidayTwice'));
                  return;
                }
                onHolidays([...holidays, holiday].sort());
                setHoliday('');
              }}
            >
              {i18n.t('adminSettings.calendar.addHoliday')}
            </button>
          </div>
        )}
        {holidayError ? (
          <p class="field-error" role="alert" id="settings-holiday-error" data-testid="settings-holiday-error">
            {holidayError}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
