import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { readReminderPreferences } from '../../db/reminder-queries';
import { useBackgroundClient } from '../../ui/background-client';
import { useDatabase } from '../database-context';
import { useLiveQuery } from '../use-live-query';
import './reminder-settings.css';

type ReminderSetting = 'badge' | 'notifications';

/**
 * The two switches of the reporting reminders (extension/background/reminders/): the count of due
 * reports on the toolbar icon and the daily notification, both on until turned off. The background
 * stores them (it alone writes the database) and the badge follows at once.
 */
export function ReminderSettings() {
  const db = useDatabase();
  const client = useBackgroundClient();
  const preferences = useLiveQuery(() => readReminderPreferences(db), [db]);
  const [error, setError] = useState<string>();

  async function save(setting: ReminderSetting, isOn: boolean) {
    setError(undefined);
    const result = await client.send('reminders.setPreference', { setting, isOn });
    if (!result.ok) setError(i18n.t('reminders.options.saveFailed', [result.error.message]));
  }

  const switchOf = (setting: ReminderSetting, isOn: boolean | undefined, label: string, hint?: string) => (
    <label class="reminder-switch">
      <input
        type="checkbox"
        data-testid={`reminder-${setting}`}
        checked={isOn ?? true}
        disabled={preferences === undefined}
        aria-describedby={hint ? `reminder-${setting}-hint` : undefined}
        onChange={(event) => void save(setting, event.currentTarget.checked)}
      />
      <span>
        {label}
        {hint ? (
          <span class="reminder-switch__hint" id={`reminder-${setting}-hint`}>
            {hint}
          </span>
        ) : null}
      </span>
    </label>
  );

  return (
    <section class="card" aria-labelledby="reminders-title" data-testid="reminder-settings">
      <h2 id="reminders-title" class="card__title">
        {i18n.t('reminders.options.title')}
      </h2>
      <p class="card__intro">{i18n.t('reminders.options.intro')}</p>
      <div class="reminder-switches">
        {switchOf('badge', preferences?.isBadgeOn, i18n.t('reminders.options.badge'))}
        {switchOf(
          'notifications',
          preferences?.isNotifyOn,
          i18n.t('reminders.options.notify'),
          i18n.t('reminders.options.notifyHint'),
        )}
      </div>
      {error ? (
        <p class="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
