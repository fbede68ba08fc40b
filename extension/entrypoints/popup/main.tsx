import { i18n } from '#i18n';
import { afterNextFrame } from '../../pages/common/after-next-frame';
import { mountPage } from '../../pages/mount-page';
import { serveFirstPaintMessages } from '../../pages/popup/first-paint-messages';
import { PopupApp } from '../../pages/popup/PopupApp';
import '../../pages/styles/theme.css';
import '../../pages/styles/popup.css';

const messages = serveFirstPaintMessages();
mountPage(i18n.t('extName'), <PopupApp />);
void afterNextFrame().then(messages.keep);
