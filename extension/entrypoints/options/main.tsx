import { i18n } from '#i18n';
import { mountPage } from '../../pages/mount-page';
import { OptionsApp } from '../../pages/options/OptionsApp';
import '../../pages/styles/theme.css';
import '../../pages/styles/options.css';

mountPage(i18n.t('options.pageTitle'), <OptionsApp />);
