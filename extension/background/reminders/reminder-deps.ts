import { browser } from 'wxt/browser';
import type { WorkspaceRoute } from '../../messaging/workspace-route';
import { openWorkspaceTab } from '../workspace-app/open-workspace';

/** The browser APIs the reporting reminders use; tests hand in fakes. */
export interface ReminderBrowser {
  setBadge(text: string, color: string): Promise<void>;
  notify(id: string, title: string, message: string): Promise<void>;
  openWorkspace(route: WorkspaceRoute): Promise<void>;
}

/**
 * Chrome requires an icon on a basic notification and the extension ships none: a 48 px disc in
 * the accent colour of extension/ui/styles/tokens.css (`--accent`, light), inline so no file is exposed.
 */
const notificationIcon =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAmElEQVR42u3ayw2AMAwE0XREQZRNQVABSiAfezdjifu8G9iUwhjNcV53yyMZnQ7TGx4GGR2+FDI7fhpiVfgUSFT8EER0fDdCGpAl/hciW/xnhDQga3wzQhqQPb6KABAJUIl/RQAAAAAAAADSAN6FAGzyTeD/SclWgt2Q4XZu3+Wu/Hrd4sBhcWKyOfJZnFltDt02vxownfMAoTwV85F3xcgAAAAASUVORK5CYII=';

export const browserReminderDeps: ReminderBrowser = {
  async setBadge(text, color) {
    await browser.action.setBadgeText({ text });
    if (text) await browser.action.setBadgeBackgroundColor({ color });
  },
  async notify(id, title, message) {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: notificationIcon,
      title,
      message,
    });
  },
  openWorkspace: (route) => openWorkspaceTab(route),
};
