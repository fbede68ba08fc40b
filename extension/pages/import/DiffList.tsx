import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';

/** Items drawn per list; the counts above stay exact. */
export const diffListLimit = 200;

interface DiffListProps<T> {
  testId: string;
  /** The summary's text, starting with the exact count. */
  summary: string;
  items: readonly T[];
  renderItem(item: T): ComponentChildren;
}

/** One kind of change, counted in its summary and listed when opened (a native, keyboard-ready disclosure). */
export function DiffList<T>({ testId, summary, items, renderItem }: DiffListProps<T>) {
  const shown = items.slice(0, diffListLimit);
  return (
    <details class="import-diff__group" data-testid={`${testId}-group`}>
      <summary>
        <span data-testid={testId} data-count={items.length}>
          {summary}
        </span>
      </summary>
      {items.length > 0 ? (
        <ul class="import-diff__items">
          {shown.map((item, index) => (
            <li key={index}>{renderItem(item)}</li>
          ))}
        </ul>
      ) : null}
      {items.length > shown.length ? (
        <p class="muted">{i18n.t('import.diff.more', items.length - shown.length)}</p>
      ) : null}
    </details>
  );
}
