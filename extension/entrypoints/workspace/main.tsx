import { i18n } from '#i18n';
import { mountPage } from '../../pages/mount-page';
import '../../pages/styles/theme.css';
import '../../pages/styles/workspace.css';
import { WorkspaceApp } from '../../pages/workspace/WorkspaceApp';

mountPage(i18n.t('workspace.title'), <WorkspaceApp frame="tab" />);
