import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

/** A link to the Import & export page, opened in its own tab (the popup closes when it loses focus). */
export function OpenImportLink() {
  return (
    <a
      class="button button--link"
      data-testid="open-import"
      href={browser.runtime.getURL('/import.html')}
      target="_blank"
      rel="noopener"
    >
      {i18n.t('import.openLink')}
    </a>
  );
}
