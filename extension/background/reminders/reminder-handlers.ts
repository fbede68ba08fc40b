import { ok } from '../../../shared/result';
import type { PmoDatabase } from '../../db/database';
import { writeSetting } from '../../db/settings';
import type { MessageHandlers } from '../messaging/dispatch-message';
import { reminderRefresh } from './start-reminders';

/** The options page's two reminder switches; the badge follows at once (start-reminders.ts watches them). */
export function createReminderHandlers(db: PmoDatabase): Pick<MessageHandlers, 'reminders.setPreference'> {
  return {
    async 'reminders.setPreference'({ setting, isOn }) {
      await writeSetting(db, setting === 'badge' ? 'reminderBadge' : 'reminderNotifications', isOn);
      reminderRefresh.request();
      return ok(null);
    },
  };
}
