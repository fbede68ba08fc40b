import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

/** First run: nothing to show until a workspace is joined in the options page; the page's one h1 says so. */
export function NotConnected() {
  return (
    <section class="empty-state" aria-labelledby="not-connected-title">
      <div>
        <span class="popup__app-name">{i18n.t('extName')}</span>
        <h1 id="not-connected-title">{i18n.t('popup.notConnectedTitle')}</h1>
      </div>
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
