import { useEffect } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatWorkspaceRoute, type WorkspaceTab, workspaceTabs } from '../../messaging/workspace-route';
import { tabShortcutKeys } from './use-shortcuts';

interface TabBarProps {
  projectId: string;
  active: WorkspaceTab;
  onSelect(tab: WorkspaceTab): void;
}

/**
 * The tabs as links (each address can be bookmarked and opened in a new tab), in a tablist: arrow
 * keys move between them, Home and End go to the ends, as the ARIA tabs pattern expects.
 */
export function TabBar({ projectId, active, onSelect }: TabBarProps) {
  // Eight tabs scroll sideways in a narrow side panel: keep the chosen one in view.
  useEffect(() => {
    document.getElementById(`tab-${active}`)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [active]);

  function onKeyDown(event: KeyboardEvent) {
    const index = workspaceTabs.indexOf(active);
    const next =
      event.key === 'ArrowRight'
        ? workspaceTabs[(index + 1) % workspaceTabs.length]
        : event.key === 'ArrowLeft'
          ? workspaceTabs[(index - 1 + workspaceTabs.length) % workspaceTabs.length]
          : event.key === 'Home'
            ? workspaceTabs[0]
            : event.key === 'End'
              ? workspaceTabs[workspaceTabs.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
  }

  return (
    <nav class="tab-bar" aria-label={i18n.t('workspace.tabsLabel')}>
      <div role="tablist" onKeyDown={onKeyDown}>
        {workspaceTabs.map((tab) => (
          <a
            key={tab}
            id={`tab-${tab}`}
            role="tab"
            class="tab-bar__tab"
            href={formatWorkspaceRoute({ projectId, tab })}
            aria-selected={tab === active}
            aria-controls="tab-panel"
            tabIndex={tab === active ? 0 : -1}
            data-testid={`tab-${tab}`}
            aria-keyshortcuts={`G ${tabShortcutKeys[tab].toUpperCase()}`}
            onClick={(event) => {
              event.preventDefault();
              onSelect(tab);
            }}
          >
            {i18n.t(`workspace.tabs.${tab}`)}
          </a>
        ))}
      </div>
    </nav>
  );
}
