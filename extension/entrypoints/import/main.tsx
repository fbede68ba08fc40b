import { i18n } from '#i18n';
import { ImportApp } from '../../pages/import/ImportApp';
import { mountPage } from '../../pages/mount-page';
import '../../pages/styles/theme.css';
import '../../pages/styles/import.css';

mountPage(i18n.t('import.pageTitle'), <ImportApp />);
