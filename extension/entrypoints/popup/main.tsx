import { i18n } from '#i18n';
import { mountPage } from '../../pages/mount-page';
import { PopupApp } from '../../pages/popup/PopupApp';
import '../../pages/styles/theme.css';
import '../../pages/styles/popup.css';

mountPage(i18n.t('extName'), <PopupApp />);
