import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDashboardRead } from '../../../../extension/pages/dashboard/use-dashboard-data';
import { serveLocale } from '../../serve-locale';
import { createDashboardHarness } from './dashboard-harness';

// What the dashboard does for speed (bench/dashboard) must not change what it shows: the early read
// of the records stays live, a write during it is not lost, and a big grid ends with every row.

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  location.hash = '';
  delete document.body.dataset.dashboardReady;
  await serveLocale('en');
});

const rowCodes = () =>
  screen.getAllByTestId(/^portfolio-row-/).map((row) => row.getAttribute('data-testid')?.replace('portfolio-row-', ''));

describe('the PMO dashboard, read early and drawn in batches', () => {
  it('keeps following the records after the early read: a project created later appears', async () => {
    const harness = await createDashboardHarness();
    await harness.renderDashboard();
    await waitFor(() => expect(rowCodes()).toEqual(['CRM', 'OPS']));
    await harness.seed('project.create', {
      code: 'HRM',
      name: 'HR migration',
      start: '2026-09-01',
      templateId: harness.template.id,
      currentPhaseId: harness.initiate.id,
    });
    await waitFor(() => expect(rowCodes()).toEqual(['CRM', 'HRM', 'OPS']));
  });

  it('reads afresh when a record is written between the early read and the live query', async () => {
    const harness = await createDashboardHarness();
    // The early read runs to its end (as the page opens), then a write lands before the dashboard renders.
    const reads = () => performance.getEntriesByName('ipmo: dashboard read').length;
    const readsBefore = reads();
    startDashboardRead(harness.db);
    await waitFor(() => expect(reads()).toBeGreaterThan(readsBefore));
    await harness.seed('project.create', {
      code: 'FIN',
      name: 'Finance close',
      start: '2026-09-01',
      templateId: harness.template.id,
      currentPhaseId: harness.initiate.id,
    });
    await harness.renderDashboard();
    await waitFor(() => expect(rowCodes()).toEqual(['CRM', 'FIN', 'OPS']));
  });

  it('draws every row of a portfolio bigger than a batch, in order', async () => {
    const harness = await createDashboardHarness();
    for (let index = 0; index < 58; index++)
      await harness.seed('project.create', {
        code: `P${String(index).padStart(3, '0')}`,
        name: `Project ${index}`,
        start: '2026-09-01',
        templateId: harness.template.id,
        currentPhaseId: harness.initiate.id,
      });
    await harness.renderDashboard();
    await waitFor(() => expect(rowCodes()).toHaveLength(60));
    const codes = rowCodes();
    expect(codes).toEqual([...codes].sort((a, b) => (a ?? '').localeCompare(b ?? '')));
    expect(screen.getByTestId('dashboard-project-count').textContent).toBe('60 projects');
  });
});
