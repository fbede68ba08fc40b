import { type ComponentChild, render } from 'preact';
import { i18n } from '#i18n';

/**
 * Renders a page's root component into the body (the page's index.html holds only its head), with the
 * document title and language set from i18n.
 */
export function mountPage(title: string, root: ComponentChild): void {
  document.title = title;
  document.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
  render(root, document.body);
}
