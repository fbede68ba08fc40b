import { i18n } from '#i18n';
import { AdminApp } from '../../pages/admin/AdminApp';
import { mountPage } from '../../pages/mount-page';
import '../../pages/styles/theme.css';
import '../../pages/styles/workspace.css';
import '../../pages/admin/admin.css';

mountPage(i18n.t('admin.title'), <AdminApp />);
