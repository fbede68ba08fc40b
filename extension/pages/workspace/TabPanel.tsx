import { i18n } from '#i18n';
import type { WorkspaceTab } from '../../messaging/workspace-route';
import { CostsTab } from './costs/CostsTab';
import { GateTab } from './gate/GateTab';
import { OverviewTab } from './overview/OverviewTab';
import { PlanTab } from './plan/PlanTab';
import { RaidTab } from './raid/RaidTab';
import { ResourcesTab } from './resources/ResourcesTab';
import { RisksTab } from './risks/RisksTab';
import { StatusTab } from './status/StatusTab';
import type { TabProps } from './tab-props';

const tabComponents = {
  overview: OverviewTab,
  plan: PlanTab,
  risks: RisksTab,
  raid: RaidTab,
  resources: ResourcesTab,
  costs: CostsTab,
  status: StatusTab,
  gate: GateTab,
} as const;

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
