import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { ConnectionRow } from '../../db/database';
import { readActiveConnection } from '../../db/workspace-queries';
import { type AdminSection, adminSections, formatAdminRoute, parseAdminRoute } from '../../messaging/admin-route';
import { workspacePagePath } from '../../messaging/workspace-route';
import { AccessNotices } from '../common/AccessNotices';
import { SyncStatus } from '../common/SyncStatus';
import { useDatabase } from '../database-context';
import { NotConnected } from '../popup/NotConnected';
import { useHashRoute } from '../use-hash-route';
import { useLiveQuery } from '../use-live-query';
import { useSyncPolling } from '../use-sync-polling';
import { ActivitySection } from './activity/ActivitySection';
import type { AdminSectionProps } from './admin-section-props';
import { HandoverSection } from './handover/HandoverSection';
import { LessonsSection } from './lessons/LessonsSection';
import { MembersSection } from './members/MembersSection';
import { MethodSection } from './method/MethodSection';
import { PlaybooksSection } from './playbooks/PlaybooksSection';
import { SettingsSection } from './settings/SettingsSection';
import { SharingSection } from './sharing/SharingSection';

const sectionComponents: Record<AdminSection, (props: AdminSectionProps) => preact.JSX.Element> = {
  members: MembersSection,
  activity: ActivitySection,
  method: MethodSection,
  settings: SettingsSection,
  playbooks: PlaybooksSection,
  handover: HandoverSection,
  sharing: SharingSection,
  lessons: LessonsSection,
};

/**
 * Workspace administration (issue 16), `admin.html#/<section>`: who is in the workspace and with
 * which role, what changed, the method, the settings and the playbooks. Every member may open it;
 * each section shows what the member's role may change (the Worker enforces the same rules).
 */
export function AdminApp() {
  const db = useDatabase();
  const connection = useLiveQuery(() => readActiveConnection(db), [db]);
  if (connection === undefined) return <main class="workspace admin" aria-busy="true" />;
  return (
    <main class="workspace admin">
      <AccessNotices />
      {connection ? <ConnectedAdmin connection={connection} /> : <NotConnected />}
    </main>
  );
}

function ConnectedAdmin({ connection }: { connection: ConnectionRow }) {
  useSyncPolling(connection.workspaceId);
  const [route, navigate] = useHashRoute(parseAdminRoute, formatAdminRoute);
  // The connection is read again after every sync: keep the member stable unless it really changes.
  const { id, name, email, role } = connection.member;
  const member = useMemo(() => connection.member, [id, name, email, role]);
  const Section = sectionComponents[route.section];
  return (
    <>
      <header class="workspace__header">
        <div class="workspace__title">
          <span class="workspace__app-name">{i18n.t('admin.appName')}</span>
          <h1>{connection.workspaceName}</h1>
        </div>
        <div class="workspace__tools">
          <SyncStatus connection={connection} />
          <a
            class="button button--quiet"
            data-testid="admin-open-workspace"
            href={browser.runtime.getURL(workspacePagePath)}
          >
            {i18n.t('admin.openWorkspace')}
          </a>
        </div>
      </header>
      <div class="admin__body">
        <nav class="admin__nav" aria-label={i18n.t('admin.navLabel')}>
          <ul>
            {adminSections.map((section) => (
              <li key={section}>
                <a
                  href={formatAdminRoute({ section })}
                  class="admin__nav-link"
                  aria-current={section === route.section ? 'page' : undefined}
                  data-testid={`admin-nav-${section}`}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate({ section });
                  }}
                >
                  {i18n.t(`admin.sections.${section}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <section class="admin__section" aria-labelledby="admin-section-title" data-section={route.section}>
          <h2 id="admin-section-title">{i18n.t(`admin.sections.${route.section}`)}</h2>
          <Section connection={connection} member={member} recordId={route.recordId} navigate={navigate} />
        </section>
      </div>
    </>
  );
}
