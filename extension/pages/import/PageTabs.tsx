import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';

export type PageTab = 'import' | 'export';
const tabs: readonly PageTab[] = ['import', 'export'];

/** Import or Export: an ARIA tab list, arrow keys move between the tabs as in any native tab strip. */
export function PageTabs({ selected, onSelect }: { selected: PageTab; onSelect(tab: PageTab): void }) {
  const buttons = useRef<Record<PageTab, HTMLButtonElement | null>>({ import: null, export: null });

  function onKeyDown(event: KeyboardEvent) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(selected) + step + tabs.length) % tabs.length];
    onSelect(next);
    buttons.current[next]?.focus();
  }

  return (
    <div class="import-tabs" role="tablist" aria-label={i18n.t('import.tabs.label')} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab}
          ref={(button) => {
            buttons.current[tab] = button;
          }}
          type="button"
          role="tab"
          id={`${tab}-tab`}
          data-testid={`${tab}-tab`}
          class="import-tabs__tab"
          aria-selected={tab === selected}
          aria-controls={`${tab}-panel`}
          tabIndex={tab === selected ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {tab === 'import' ? i18n.t('import.tabs.import') : i18n.t('import.tabs.export')}
        </button>
      ))}
    </div>
  );
}
