import { z } from 'zod';

/** Inputs of the reporting-reminder messages (extension/background/reminders/); protocol.ts lists them with the others. */
export const reminderMessageInputSchemas = {
  /** Turns the toolbar count or the notifications of due status reports on or off. */
  'reminders.setPreference': z.object({ setting: z.enum(['badge', 'notifications']), isOn: z.boolean() }),
};

export interface ReminderMessageOutputs {
  'reminders.setPreference': null;
}
