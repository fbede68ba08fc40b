import { i18n } from '#i18n';
import { DashboardApp } from '../../pages/dashboard/DashboardApp';
import { mountPage } from '../../pages/mount-page';
import '../../pages/styles/theme.css';
import '../../pages/styles/workspace.css';
import '../../pages/dashboard/dashboard.css';

mountPage(i18n.t('dashboard.title'), <DashboardApp />);
