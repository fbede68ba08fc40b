import { useEffect } from 'preact/hooks';
import { type WorkspaceTab, workspaceTabs } from '../../messaging/workspace-route';

/** `g` then a tab's letter, as in Linear and GitHub; digits would clash with the browser's own tab keys. */
export const tabShortcutKeys: Record<WorkspaceTab, string> = {
  overview: 'o',
  plan: 'p',
  risks: 'r',
  raid: 'a',
  resources: 'e',
  costs: 'c',
  status: 's',
  gate: 'g',
};

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Listens for `g <letter>` (go to a tab) and `?` (show the shortcuts), never while the user types. */
export function useShortcuts(actions: { goTo(tab: WorkspaceTab): void; showHelp(): void }): void {
  useEffect(() => {
    let isAfterG = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        actions.showHelp();
        return;
      }
      if (isAfterG) {
        isAfterG = false;
        const tab = workspaceTabs.find((candidate) => tabShortcutKeys[candidate] === event.key.toLowerCase());
        if (tab) {
          event.preventDefault();
          actions.goTo(tab);
        }
        return;
      }
      if (event.key.toLowerCase() === 'g') {
        isAfterG = true;
        clearTimeout(timer);
        timer = setTimeout(() => {
          isAfterG = false;
        }, 1500);
      }
    };
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('keydown', onKey);
      clearTimeout(timer);
    };
  }, [actions]);
}
