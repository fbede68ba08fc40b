import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { isGoverningRole } from '../../../shared/roles';
import type { ConnectionRow } from '../../db/database';
import { readActiveConnection } from '../../db/workspace-queries';
import {
  type DashboardRoute,
  type DashboardSection,
  dashboardSections,
  formatDashboardRoute,
  hasDashboardFilter,
  parseDashboardRoute,
} from '../../messaging/dashboard-route';
import { workspacePagePath } from '../../messaging/workspace-route';
import { AccessNotices } from '../common/AccessNotices';
import { SyncStatus } from '../common/SyncStatus';
import { useDatabase } from '../database-context';
import { NotConnected } from '../popup/NotConnected';
import { useHashRoute } from '../use-hash-route';
import { useLiveQuery } from '../use-live-query';
import { useSyncPolling } from '../use-sync-polling';
import { formatDay } from '../workspace/format';
import type { DashboardSectionProps } from './dashboard-section-props';
import { ExportButtons, WaitingExportButtons } from './ExportButtons';
import { FilterBar, WaitingFilterBar } from './FilterBar';
import { CapacitySection } from './sections/CapacitySection';
import { EvmSection } from './sections/EvmSection';
import { GatesSection } from './sections/GatesSection';
import { HealthSection } from './sections/HealthSection';
import { PortfolioScreen, PortfolioSection } from './sections/PortfolioSection';
import { PrioritiesSection } from './sections/PrioritiesSection';
import { ReportingSection } from './sections/ReportingSection';
import { RisksSection } from './sections/RisksSection';
import { ScheduleSection } from './sections/ScheduleSection';
import { type DashboardSnapshot, forgetDashboardSnapshots } from './snapshot/dashboard-snapshot';
import { useDashboardSnapshot } from './snapshot/use-dashboard-snapshot';
import { startDashboardRead, useDashboardData } from './use-dashboard-data';

const sectionComponents: Record<DashboardSection, (props: DashboardSectionProps) => preact.JSX.Element> = {
  portfolio: PortfolioSection,
  risks: RisksSection,
  schedule: ScheduleSection,
  capacity: CapacitySection,
  health: HealthSection,
  evm: EvmSection,
  gates: GatesSection,
  priorities: PrioritiesSection,
  reporting: ReportingSection,
};

/**
 * The PMO's portfolio review (issue 17), `dashboard.html#/<section>?<filters>`: every project of the
 * workspace side by side, computed by the shared portfolio functions from the synced records.
 * Everyone reads it; owner and PMO also decide gates and set the priority weights.
 */
export function DashboardApp() {
  const db = useDatabase();
  // The records are read while the connection is (once per database): the first render no longer waits for both in turn.
  startDashboardRead(db);
  const connection = useLiveQuery(() => readActiveConnection(db), [db]);
  // No workspace joined any more: no workspace's figures may stay behind.
  useEffect(() => {
    if (connection === null) forgetDashboardSnapshots();
  }, [connection === null]);
  if (connection === undefined) return <main class="workspace dashboard" aria-busy="true" />;
  return (
    <main class="workspace dashboard">
      <AccessNotices />
      {connection ? <ConnectedDashboard connection={connection} /> : <NotConnected />}
    </main>
  );
}

function ConnectedDashboard({ connection }: { connection: ConnectionRow }) {
  const { workspaceId } = connection;
  // Where the first screen waits (bench/dashboard): the snapshot can paint only once the connection says whose it is.
  useState(() => performance.mark('ipmo: dashboard connection'));
  useSyncPolling(workspaceId);
  const [route, navigate] = useHashRoute(parseDashboardRoute, formatDashboardRoute);
  // The connection is read again after every sync: keep the member stable unless it really changes.
  const { id, name, email, role } = connection.member;
  const member = useMemo(() => connection.member, [id, name, email, role]);
  const data = useDashboardData(workspaceId, route.filter);
  const snapshot = useDashboardSnapshot(connection, data);
  // The snapshot is the unfiltered Portfolio section's first screen; anything else waits for live data.
  const shownSnapshot = !data && route.section === 'portfolio' && !hasDashboardFilter(route.filter) ? snapshot : null;
  const goTo = (section: DashboardSection) => navigate({ ...route, section });
  useSectionShortcuts(goTo);
  useEffect(() => {
    if (data) document.body.dataset.dashboardReady = 'true';
  }, [data !== undefined]);
  useEffect(() => {
    if (shownSnapshot) document.body.dataset.dashboardSnapshot = 'shown';
  }, [shownSnapshot !== null]);
  const Section = sectionComponents[route.section];
  return (
    <>
      <header class="workspace__header dashboard__header">
        <div class="workspace__title">
          <span class="workspace__app-name">{i18n.t('dashboard.appName')}</span>
          <h1>{connection.workspaceName}</h1>
          {data || shownSnapshot ? (
            <span class="dashboard__as-of" data-testid="dashboard-as-of" role="status">
              {data
                ? i18n.t('dashboard.asOf', [formatDay(data.today)])
                : i18n.t('dashboardSnapshot.updating', [
                    formatComputedAt((shownSnapshot as DashboardSnapshot).computedAt),
                  ])}
            </span>
          ) : null}
        </div>
        <div class="workspace__tools dashboard__tools">
          <SyncStatus connection={connection} />
          {data ? (
            <ExportButtons
              workspaceName={connection.workspaceName}
              shown={data.shown}
              filter={route.filter}
              options={data.options}
            />
          ) : shownSnapshot ? (
            <WaitingExportButtons reasonId={waitingReasonId} />
          ) : null}
          <a
            class="button button--quiet"
            data-testid="dashboard-open-workspace"
            href={browser.runtime.getURL(workspacePagePath)}
          >
            {i18n.t('dashboard.openWorkspace')}
          </a>
        </div>
      </header>
      <nav class="dashboard__nav" aria-label={i18n.t('dashboard.navLabel')}>
        <ul>
          {dashboardSections.map((section, index) => (
            <li key={section}>
              <a
                href={formatDashboardRoute({ ...route, section })}
                class="dashboard__nav-link"
                aria-current={section === route.section ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${index + 1}`}
                title={i18n.t('dashboard.shortcutHint', [String(index + 1)])}
                data-testid={`dashboard-nav-${section}`}
                onClick={(event) => {
                  event.preventDefault();
                  goTo(section);
                }}
              >
                {i18n.t(`dashboard.sections.${section}`)}
              </a>
            </li>
          ))}
        </ul>
        <p class="dashboard__nav-help" id="dashboard-shortcuts">
          {i18n.t('dashboard.shortcutsHelp')}
        </p>
      </nav>
      {data || shownSnapshot ? (
        <>
          {data ? (
            <FilterBar
              filter={route.filter}
              options={data.options}
              shownCount={data.shown.projects.length}
              onChange={(filter: DashboardRoute['filter']) => navigate({ ...route, filter })}
            />
          ) : (
            <WaitingFilterBar shownCount={shownSnapshot?.projects.length ?? 0} reasonId={waitingReasonId} />
          )}
          <section
            class="dashboard__section"
            aria-labelledby="dashboard-section-title"
            aria-busy={data ? undefined : 'true'}
            data-section={route.section}
            data-source={data ? 'live' : 'snapshot'}
          >
            <h2 id="dashboard-section-title">{i18n.t(`dashboard.sections.${route.section}`)}</h2>
            {route.section === 'portfolio' ? (
              // One component for the snapshot and the live grid: the live figures replace the snapshot's in place.
              <PortfolioScreen
                view={data ? data.shown : (shownSnapshot as DashboardSnapshot)}
                data={data}
                waitingReasonId={waitingReasonId}
              />
            ) : data ? (
              <Section
                connection={connection}
                member={member}
                mayGovern={isGoverningRole(member.role)}
                data={data}
                route={route}
                navigate={navigate}
              />
            ) : null}
          </section>
        </>
      ) : (
        <p class="workspace__loading" aria-busy="true" data-testid="dashboard-loading">
          {i18n.t('dashboard.loading')}
        </p>
      )}
    </>
  );
}

const waitingReasonId = 'dashboard-waiting-reason';

/** When a snapshot was computed, to the minute, in the browser's language. */
function formatComputedAt(iso: string): string {
  return new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** Alt+1 … Alt+9 open the sections in the order of the navigation (listed in its help line). */
function useSectionShortcuts(goTo: (section: DashboardSection) => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      // event.code: Alt+digit types another character on some layouts (macOS), the key code stays.
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
      if (!digit) return;
      event.preventDefault();
      goTo(dashboardSections[Number(digit) - 1]);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });
}
