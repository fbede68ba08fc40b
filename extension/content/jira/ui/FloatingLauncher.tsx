import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';

/**
 * Stands in when Jira's page no longer has the anchors we mount beside (a redesign, an unknown
 * layout): a button in the corner that opens the same panel or banner in a floating window.
 */
export function FloatingLauncher({ children }: { children: ComponentChildren }) {
  const [isOpen, setIsOpen] = useState(false);
  const launcher = useRef<HTMLButtonElement>(null);
  const close = () => {
    setIsOpen(false);
    launcher.current?.focus();
  };
  return (
    <div class="pmo-root pmo-floating">
      {isOpen ? (
        <div
          class="pmo-floating__window"
          role="dialog"
          aria-label={i18n.t('overlay.brand')}
          data-testid="pmo-floating-window"
          onKeyDown={(event) => {
            // Inner forms handle their own Escape first and stop it there.
            if (event.key === 'Escape' && !event.defaultPrevented) close();
          }}
        >
          <button type="button" class="pmo-button pmo-floating__close" onClick={close}>
            {i18n.t('overlay.close')}
          </button>
          {children}
        </div>
      ) : null}
      <button
        ref={launcher}
        type="button"
        class="pmo-launcher"
        data-testid="pmo-launcher"
        aria-expanded={isOpen}
        aria-label={i18n.t('overlay.launcherLabel')}
        title={i18n.t('overlay.launcherLabel')}
        onClick={() => (isOpen ? close() : setIsOpen(true))}
      >
        {i18n.t('overlay.launcher')}
      </button>
    </div>
  );
}
