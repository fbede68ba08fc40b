import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PmoDatabase } from '../../../../extension/db/database';
import {
  type DashboardSnapshot,
  forgetDashboardSnapshots,
  readDashboardSnapshot,
  writeDashboardSnapshot,
} from '../../../../extension/pages/dashboard/snapshot/dashboard-snapshot';
import { serveLocale } from '../../serve-locale';
import { createDashboardHarness, renderDashboardWith } from './dashboard-harness';

/** While closed, the dashboard's Dexie read waits: what a slow database looks like to the page. */
const dexieGate = vi.hoisted(() => {
  let open: () => void = () => {};
  let isOpen = true;
  let waiting = Promise.resolve();
  return {
    close() {
      isOpen = false;
      waiting = new Promise<void>((resolve) => {
        open = () => {
          isOpen = true;
          resolve();
        };
      });
    },
    open: () => open(),
    wait: () => (isOpen ? Promise.resolve() : waiting),
  };
});

vi.mock('../../../../extension/db/dashboard-queries', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../extension/db/dashboard-queries')>();
  return {
    ...original,
    readDashboardRows: async (db: PmoDatabase, workspaceId: string) => {
      await dexieGate.wait();
      return original.readDashboardRows(db, workspaceId);
    },
  };
});

beforeEach(() => localStorage.clear());
afterEach(async () => {
  dexieGate.open();
  cleanup();
  localStorage.clear();
  location.hash = '';
  delete document.body.dataset.dashboardReady;
  delete document.body.dataset.dashboardSnapshot;
  await serveLocale('en');
});

const rowCodes = () =>
  screen.getAllByTestId(/^portfolio-row-/).map((row) => row.getAttribute('data-testid')?.replace('portfolio-row-', ''));
const section = () => document.querySelector('.dashboard__section') as HTMLElement | null;

async function connectionOf(harness: Awaited<ReturnType<typeof createDashboardHarness>>) {
  const connection = await harness.db.connections.get(harness.workspaceId);
  if (!connection) throw new Error('the harness has no connection');
  return connection;
}

/** Opens the dashboard once with live data, so it stores its snapshot, and closes it. */
async function openLiveOnce(harness: Awaited<ReturnType<typeof createDashboardHarness>>) {
  await harness.renderDashboard();
  await waitFor(() => expect(section()?.dataset.source).toBe('live'));
  const connection = await connectionOf(harness);
  await waitFor(() => expect(readDashboardSnapshot(connection)).not.toBeNull());
  cleanup();
  delete document.body.dataset.dashboardReady;
  return connection;
}

describe('the dashboard snapshot', () => {
  it('is written after a live compute: the grid rows and header facts, with workspace, time and data marker', async () => {
    const harness = await createDashboardHarness();
    const before = new Date().toISOString();
    const connection = await openLiveOnce(harness);
    const snapshot = readDashboardSnapshot(connection) as DashboardSnapshot;
    expect(snapshot.workspaceId).toBe(harness.workspaceId);
    expect(snapshot.memberId).toBe(connection.member.id);
    expect(snapshot.computedAt >= before).toBe(true);
    expect(snapshot.dataMarker).toBe(JSON.stringify(connection.cookie ?? null));
    expect(snapshot.totals.projects).toBe(2);
    expect(snapshot.projects.map((project) => project.code)).toEqual(['CRM', 'OPS']);
    // Small: what a grid row draws, never the per-record analysis behind it.
    const [row] = snapshot.projects;
    for (const key of ['findings', 'topRisks', 'rankedThreats', 'milestoneTrends', 'earnedValue'])
      expect(Object.keys(row ?? {})).not.toContain(key);
  });

  it('paints the grid at once on the next open, marked as updating, with sorting, filters and exports waiting', async () => {
    const harness = await createDashboardHarness();
    await openLiveOnce(harness);
    dexieGate.close();
    await harness.renderDashboard();
    expect(rowCodes()).toEqual(['CRM', 'OPS']);
    expect(section()?.dataset.source).toBe('snapshot');
    expect(section()?.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(document.body.dataset.dashboardSnapshot).toBe('shown'));
    const status = screen.getByTestId('dashboard-as-of');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toMatch(/^Updating… figures as of /);
    const reason = screen.getByTestId('dashboard-waiting-reason');
    expect(reason.textContent).toBe('Filters, sorting and actions: once updated');
    for (const testId of ['portfolio-sort-name', 'what-if-open-CRM', 'dashboard-filter-manager', 'export-csv']) {
      const control = screen.getByTestId(testId) as HTMLButtonElement;
      expect(control.disabled).toBe(true);
      expect(control.getAttribute('aria-describedby')).toBe(reason.id);
    }
    expect(document.body.dataset.dashboardReady).toBeUndefined();
  });

  it('is replaced in place by the live computation, which shows a change made since the snapshot', async () => {
    const harness = await createDashboardHarness();
    await openLiveOnce(harness);
    await harness.seed('project.update', { id: harness.opsId, patch: { name: 'Ops automation, phase 2' } });
    dexieGate.close();
    await harness.renderDashboard();
    const snapshotRow = screen.getByTestId('portfolio-row-OPS');
    expect(snapshotRow.textContent).toContain('Ops automation');
    expect(snapshotRow.textContent).not.toContain('phase 2');
    dexieGate.open();
    await waitFor(() => expect(section()?.dataset.source).toBe('live'));
    // The same row element, now with the live name: replaced in place, not redrawn.
    expect(screen.getByTestId('portfolio-row-OPS')).toBe(snapshotRow);
    expect(snapshotRow.textContent).toContain('Ops automation, phase 2');
    expect(screen.getByTestId('dashboard-as-of').textContent).toMatch(/^As of /);
    expect(screen.queryByTestId('dashboard-waiting-reason')).toBeNull();
    expect((screen.getByTestId('portfolio-sort-name') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(screen.getByTestId('portfolio-sort-name'));
    await waitFor(() => expect(rowCodes()).toEqual(['CRM', 'OPS']));
    expect((screen.getByTestId('what-if-open-CRM') as HTMLButtonElement).disabled).toBe(false);
  });

  it('is never shown for another workspace or another member', async () => {
    const harness = await createDashboardHarness();
    const connection = await openLiveOnce(harness);
    const stored = readDashboardSnapshot(connection) as DashboardSnapshot;
    // A snapshot of another member of the same workspace id (another profile's copy, say) under this key.
    localStorage.setItem(
      `interim-pmo.dashboard-snapshot.${harness.workspaceId}`,
      JSON.stringify({ ...stored, memberId: 'someone-else' }),
    );
    // And a snapshot of another workspace, with a project this one does not have.
    localStorage.setItem(
      'interim-pmo.dashboard-snapshot.other-workspace',
      JSON.stringify({
        ...stored,
        workspaceId: 'other-workspace',
        projects: [{ ...stored.projects[0], code: 'ELSE' }],
      }),
    );
    dexieGate.close();
    renderDashboardWith(harness, { section: 'portfolio', filter: {} });
    await screen.findByTestId('dashboard-loading');
    expect(screen.queryByTestId(/^portfolio-row-/)).toBeNull();
    expect(document.body.dataset.dashboardSnapshot).toBeUndefined();
    dexieGate.open();
    await waitFor(() => expect(rowCodes()).toEqual(['CRM', 'OPS']));
  });

  it('only paints the unfiltered Portfolio section; a filtered address waits for the live data', async () => {
    const harness = await createDashboardHarness();
    await openLiveOnce(harness);
    dexieGate.close();
    renderDashboardWith(harness, { section: 'portfolio', filter: { state: 'active' } });
    await screen.findByTestId('dashboard-loading');
    expect(screen.queryByTestId(/^portfolio-row-/)).toBeNull();
  });

  it('drops the snapshot of a workspace no longer joined after a live compute', async () => {
    const harness = await createDashboardHarness();
    const connection = await openLiveOnce(harness);
    const stored = readDashboardSnapshot(connection) as DashboardSnapshot;
    localStorage.setItem('interim-pmo.dashboard-snapshot.left-workspace', JSON.stringify(stored));
    await harness.renderDashboard();
    await waitFor(() => expect(localStorage.getItem('interim-pmo.dashboard-snapshot.left-workspace')).toBeNull());
    expect(readDashboardSnapshot(connection)).not.toBeNull();
  });

  it('never replaces a newer snapshot with an older one, and is forgotten with the workspaces', async () => {
    const harness = await createDashboardHarness();
    const connection = await openLiveOnce(harness);
    const stored = readDashboardSnapshot(connection) as DashboardSnapshot;
    const older = { ...stored, computedAt: '2020-01-01T00:00:00.000Z', projects: [] };
    expect(writeDashboardSnapshot(older)).toBe(false);
    expect(readDashboardSnapshot(connection)?.projects).toHaveLength(2);
    forgetDashboardSnapshots([harness.workspaceId]);
    expect(readDashboardSnapshot(connection)).not.toBeNull();
    forgetDashboardSnapshots();
    expect(readDashboardSnapshot(connection)).toBeNull();
  });
});
