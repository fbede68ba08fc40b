import { i18n } from '#i18n';
import type { WorkspaceTab } from '../../messaging/workspace-route';
import { OverviewTab } from './overview/OverviewTab';
import { RaidTab } from './raid/RaidTab';
import { RisksTab } from './risks/RisksTab';
import { StatusTab } from './status/StatusTab';
import type { TabProps } from './tab-props';

const tabComponents = { overview: OverviewTab, risks: RisksTab, raid: RaidTab, status: StatusTab } as const;

/** The shown tab's content, labelled by its tab. */
export function TabPanel({ tab, ...props }: TabProps & { tab: WorkspaceTab }) {
  const Tab = tabComponents[tab];
  return (
    <section id="tab-panel" class="tab-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} data-tab={tab}>
      <h2 class="visually-hidden">{i18n.t(`workspace.tabs.${tab}`)}</h2>
      <Tab {...props} />
    </section>
  );
}
