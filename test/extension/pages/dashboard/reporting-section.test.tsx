import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serveLocale } from '../../serve-locale';
import { createDashboardHarness } from './dashboard-harness';

// The dashboard's day comes from the clock: only Date is faked, so Dexie and the page keep their timers.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-09-20T10:00:00') });
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  location.hash = '';
  delete document.body.dataset.dashboardReady;
  await serveLocale('en');
});

const lateCodes = () =>
  within(screen.getByTestId('reporting-late'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-testid')?.replace('reporting-late-', ''));

/** CRM and OPS both started 2026-09-01: with the 14-day cycle their first reports were due 2026-09-15. */
async function renderReporting() {
  const harness = await createDashboardHarness();
  await harness.seed('project.update', {
    id: harness.projectId,
    patch: { managerId: harness.member.id, managerName: 'Marc <b>Petit</b>' },
  });
  return harness;
}

describe('the dashboard’s Reporting section (who is late)', () => {
  it('lists each active project whose report is due or late, with PM, due day, days late and last report', async () => {
    const harness = await renderReporting();
    const reportId = await harness.seed('statusReport.create', {
      projectId: harness.opsId,
      periodStart: '2026-09-01',
      periodEnd: '2026-09-04',
      overall: { chosen: 'green', reason: 'On plan' },
    });
    await harness.seed('status.submit', { id: reportId });
    await harness.renderDashboard({ section: 'reporting' });
    await waitFor(() => expect(lateCodes()).toEqual(['CRM', 'OPS']));
    expect(screen.getByTestId('reporting-late-count').textContent).toBe('2 reports due or late');
    const crm = screen.getByTestId('reporting-late-CRM');
    // Record text is text: the manager's name keeps its angle brackets.
    expect(crm.textContent).toContain('Marc <b>Petit</b>');
    expect(crm.querySelector('b')).toBeNull();
    expect(screen.getByTestId('reporting-days-late-CRM').textContent).toBe('5');
    expect(screen.getByTestId('reporting-days-late-OPS').textContent).toBe('2');
    expect(within(screen.getByTestId('reporting-late-OPS')).getByText('Sep 4, 2026')).toBeTruthy();
    expect(within(crm).getByText('None yet')).toBeTruthy();
    expect(within(crm).getByRole('link').getAttribute('href')).toContain(
      `workspace.html#/projects/${harness.projectId}/status`,
    );
  });

  it('sorts by any column from its header button, keyboard reachable, saying the order', async () => {
    const harness = await renderReporting();
    await harness.seed('project.update', { id: harness.opsId, patch: { start: '2026-09-03' } });
    await harness.renderDashboard({ section: 'reporting' });
    await waitFor(() => expect(lateCodes()).toEqual(['CRM', 'OPS']));
    const byDaysLate = screen.getByTestId('reporting-sort-daysLate');
    expect(byDaysLate.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(byDaysLate);
    expect(lateCodes()).toEqual(['OPS', 'CRM']);
    expect(byDaysLate.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByTestId('reporting-sort-project'));
    expect(lateCodes()).toEqual(['CRM', 'OPS']);
    expect(screen.getByTestId('reporting-sort-project').tagName).toBe('BUTTON');
  });

  it('says nobody is late when every active project reported within its cycle, and ignores closed ones', async () => {
    const harness = await renderReporting();
    await harness.seed('project.update', { id: harness.opsId, patch: { state: 'closed' } });
    const reportId = await harness.seed('statusReport.create', {
      projectId: harness.projectId,
      periodStart: '2026-09-01',
      periodEnd: '2026-09-18',
      overall: { chosen: 'green', reason: 'On plan' },
    });
    await harness.seed('status.submit', { id: reportId });
    await harness.renderDashboard({ section: 'reporting' });
    expect(await screen.findByTestId('reporting-late-empty')).toBeTruthy();
    expect(screen.getByTestId('reporting-late-count').textContent).toBe('No report due');
  });

  it('is the ninth section, Alt+9, in English and French', async () => {
    const harness = await renderReporting();
    await serveLocale('fr');
    await harness.renderDashboard({ section: 'portfolio' });
    fireEvent.keyDown(window, { altKey: true, code: 'Digit9' });
    await screen.findByTestId('reporting-late');
    expect(screen.getByTestId('dashboard-nav-reporting').textContent).toBe('Rapports');
    expect(screen.getByTestId('reporting-late-count').textContent).toBe('2 rapports attendus ou en retard');
  });
});
