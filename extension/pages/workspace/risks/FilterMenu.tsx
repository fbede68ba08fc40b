import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface FilterMenuProps {
  /** `data-testid` of the button; the panel is `<testId>-menu`. */
  testId: string;
  label: string;
  /** How many values are chosen, shown on the button when any. */
  activeCount: number;
  children: ComponentChildren;
}

/**
 * A filter's button and its panel of choices (a disclosure, as in Linear's and GitHub's filter
 * bars): Esc or a click elsewhere closes it, and Esc gives focus back to the button.
 */
export function FilterMenu({ testId, label, activeCount, children }: FilterMenuProps) {
  const [isOpen, setIsOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || button.current?.getAttribute('aria-expanded') !== 'true') return;
      event.preventDefault();
      event.stopPropagation();
      setIsOpen(false);
      button.current?.focus();
    };
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (next && !element.contains(next)) setIsOpen(false);
    };
    element.addEventListener('keydown', onKey);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('keydown', onKey);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, []);
  useEffect(() => {
    if (!isOpen) return;
    const onPointer = (event: Event) => {
      if (!root.current?.contains(event.target as Node)) setIsOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [isOpen]);
  const panelId = `${testId}-menu`;
  return (
    <div class="risks-filter" ref={root}>
      <button
        ref={button}
        type="button"
        class={
          activeCount > 0 ? 'button risks-filter__button risks-filter__button--active' : 'button risks-filter__button'
        }
        aria-expanded={isOpen}
        aria-controls={panelId}
        data-testid={testId}
        onClick={() => setIsOpen(!isOpen)}
      >
        {label}
        {activeCount > 0 ? <span class="risks-filter__count">{activeCount}</span> : null}
        <span aria-hidden="true" class="risks-filter__caret">
          ▾
        </span>
      </button>
      <div id={panelId} class="risks-filter__panel" data-testid={panelId} hidden={!isOpen}>
        {children}
      </div>
    </div>
  );
}
