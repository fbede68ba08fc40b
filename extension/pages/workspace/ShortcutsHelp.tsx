import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { workspaceTabs } from '../../messaging/workspace-route';
import { tabShortcutKeys } from './use-shortcuts';

/** The keyboard shortcuts in a modal dialog: Esc or the button closes it and gives focus back. */
export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    return () => opener?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="dialog shortcuts"
      aria-labelledby="shortcuts-title"
      data-testid="shortcuts-help"
      onClose={onClose}
    >
      <h2 id="shortcuts-title">{i18n.t('workspace.shortcuts.title')}</h2>
      <dl class="shortcuts__list">
        {workspaceTabs.map((tab) => (
          <div key={tab}>
            <dt>
              <kbd>g</kbd> <kbd>{tabShortcutKeys[tab]}</kbd>
            </dt>
            <dd>{i18n.t('workspace.shortcuts.goTo', [i18n.t(`workspace.tabs.${tab}`)])}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>←</kbd> <kbd>→</kbd>
          </dt>
          <dd>{i18n.t('workspace.shortcuts.arrows')}</dd>
        </div>
        <div>
          <dt>
            <kbd>?</kbd>
          </dt>
          <dd>{i18n.t('workspace.shortcuts.help')}</dd>
        </div>
      </dl>
      <form method="dialog">
        <button type="submit" class="button button--primary" data-testid="shortcuts-close">
          {i18n.t('workspace.shortcuts.close')}
        </button>
      </form>
    </dialog>
  );
}
