import { i18n } from '#i18n';
import { ImportApp } from '../../ui/import/ImportApp';
import { mountPage } from '../../ui/mount-page';
import '../../ui/styles/theme.css';
import '../../ui/styles/import.css';

mountPage(i18n.t('import.pageTitle'), <ImportApp />);
