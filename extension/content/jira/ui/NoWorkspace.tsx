import { i18n } from '#i18n';
import { OpenPopupButton } from './OpenPopupButton';

/** Shown until this browser joins a workspace: the popup leads to the settings. */
export function NoWorkspace({ isOpenShown = true }: { isOpenShown?: boolean }) {
  return (
    <div class="pmo-notice" data-testid="pmo-no-workspace">
      <p>{i18n.t('overlay.noWorkspace')}</p>
      {isOpenShown ? <OpenPopupButton testId="pmo-no-workspace-open" /> : null}
    </div>
  );
}
