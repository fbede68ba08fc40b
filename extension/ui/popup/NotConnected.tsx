import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

/** First run: nothing to show until a workspace is joined in the options page. */
export function NotConnected() {
  return (
    <section class="empty-state" aria-labelledby="not-connected-title">
      <h2 id="not-connected-title">{i18n.t('popup.notConnectedTitle')}</h2>
      <p>{i18n.t('popup.notConnectedText')}</p>
      <button
        type="button"
        class="button button--primary"
        data-testid="open-options"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        {i18n.t('popup.openOptions')}
      </button>
    </section>
  );
}
