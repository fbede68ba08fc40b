import { i18n } from '#i18n';
import { mountPage } from '../../ui/mount-page';
import { OptionsApp } from '../../ui/options/OptionsApp';
import '../../ui/styles/theme.css';
import '../../ui/styles/options.css';

mountPage(i18n.t('options.pageTitle'), <OptionsApp />);
