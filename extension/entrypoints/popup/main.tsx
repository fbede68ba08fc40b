import { i18n } from '#i18n';
import { mountPage } from '../../ui/mount-page';
import { PopupApp } from '../../ui/popup/PopupApp';
import '../../ui/styles/theme.css';
import '../../ui/styles/popup.css';

mountPage(i18n.t('extName'), <PopupApp />);
