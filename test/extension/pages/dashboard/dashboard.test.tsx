import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listWorkspaceRecords, readRecord } from '../../../../extension/db/read-records';
import type { GateReview } from '../../../../shared/schemas/gate-review';
import type { Project } from '../../../../shared/schemas/project';
import { serveLocale } from '../../serve-locale';
import { createDashboardHarness } from './dashboard-harness';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  location.hash = '';
  delete document.body.dataset.dashboardReady;
  await serveLocale('en');
});

const rowCodes = () =>
  screen.getAllByTestId(/^portfolio-row-/).map((row) => row.getAttribute('data-testid')?.replace('portfolio-row-', ''));

describe('the PMO dashboard', () => {
  it('shows every live project of the workspace in the grid, with suggested and reported lights', async () => {
    const harness = await createDashboardHarness();
    await harness.renderDashboard();
    await waitFor(() => expect(rowCodes()).toEqual(['CRM', 'OPS']));
    expect(screen.getByTestId('dashboard-project-count').textContent).toBe('2 projects');
    const overall = screen.getByTestId('rag-cell-CRM-overall');
    expect(['green', 'amber', 'red', 'unknown']).toContain(overall.getAttribute('data-suggested'));
    expect(overall.getAttribute('data-reported')).toBe('none');
    for (const dimension of ['schedule', 'cost', 'scope', 'quality', 'risk', 'resources'])
      expect(screen.getByTestId(`rag-cell-OPS-${dimension}`)).toBeTruthy();
    expect(screen.getByTestId('open-project-CRM').getAttribute('href')).toContain(
      `workspace.html#/projects/${harness.projectId}/overview`,
    );
    await waitFor(() => expect(document.body.dataset.dashboardReady).toBe('true'));
    expect(performance.getEntriesByName('ipmo: dashboard compute').length).toBeGreaterThan(0);
  });

  it('filters the grid by state and keeps the filter in the address', async () => {
    const harness = await createDashboardHarness();
    await harness.seed('project.update', { id: harness.opsId, patch: { state: 'on_hold' } });
    await harness.renderDashboard();
    await waitFor(() => expect(rowCodes()).toEqual(['CRM', 'OPS']));
    // As the browser does: the value, then a bubbling change (happy-dom drops fireEvent.change's on a select).
    const select = screen.getByTestId('dashboard-filter-state') as HTMLSelectElement;
    select.value = 'on_hold';
    fireEvent(select, new Event('change', { bubbles: true }));
    await waitFor(() => expect(rowCodes()).toEqual(['OPS']));
    expect(location.hash).toBe('#/portfolio?state=on_hold');
    expect(screen.getByTestId('dashboard-project-count').textContent).toBe('1 project');
    expect(performance.getEntriesByName('ipmo: dashboard filter').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByTestId('dashboard-filter-clear'));
    await waitFor(() => expect(rowCodes()).toEqual(['CRM', 'OPS']));
  });

  it('decides a gate with go: gate.decide carries reason and conditions, and the project moves phase', async () => {
    const harness = await createDashboardHarness();
    const reviewId = await harness.requestGate();
    await harness.renderDashboard({ section: 'gates' });
    fireEvent.click(await screen.findByTestId('decide-gate-CRM'));
    const dialog = await screen.findByTestId('gate-decision-dialog');
    fireEvent.click(within(dialog).getByDisplayValue('go'));
    fireEvent.input(screen.getByTestId('gate-decision-reason'), { target: { value: 'Plan agreed with the board' } });
    fireEvent.input(screen.getByTestId('gate-decision-conditions'), { target: { value: 'Budget review by May' } });
    fireEvent.click(screen.getByTestId('gate-decision-submit'));
    await screen.findByTestId('gate-decision-done');
    await waitFor(() => expect(screen.queryByTestId('pending-gate-CRM')).toBeNull());
    const pending = await harness.db.pending.where('workspaceId').equals(harness.workspaceId).toArray();
    const decide = pending.find((mutation) => mutation.name === 'gate.decide');
    expect(decide?.args).toMatchObject({
      id: reviewId,
      decision: 'go',
      reason: 'Plan agreed with the board',
      conditions: 'Budget review by May',
    });
    const project = (await readRecord<Project>(harness.db, harness.workspaceId, 'project', harness.projectId))!;
    expect(project.currentPhaseId).toBe(harness.plan.id);
    const review = (await readRecord<GateReview>(harness.db, harness.workspaceId, 'gateReview', reviewId))!;
    expect(review.decision).toBe('go');
  });

  it('asks for a reason before a kill, hold or recycle, and leaves the phase alone', async () => {
    const harness = await createDashboardHarness();
    await harness.requestGate();
    await harness.renderDashboard({ section: 'gates' });
    fireEvent.click(await screen.findByTestId('decide-gate-CRM'));
    const dialog = await screen.findByTestId('gate-decision-dialog');
    fireEvent.click(within(dialog).getByDisplayValue('recycle'));
    fireEvent.click(screen.getByTestId('gate-decision-submit'));
    expect((await screen.findByTestId('gate-decision-error')).textContent).toContain('Say why');
    fireEvent.input(screen.getByTestId('gate-decision-reason'), { target: { value: 'Business case too thin' } });
    fireEvent.input(screen.getByTestId('gate-decision-conditions'), { target: { value: 'Redo the cost estimate' } });
    fireEvent.click(screen.getByTestId('gate-decision-submit'));
    await screen.findByTestId('gate-decision-done');
    const project = (await readRecord<Project>(harness.db, harness.workspaceId, 'project', harness.projectId))!;
    expect(project.currentPhaseId).toBe(harness.initiate.id);
  });

  it('shows a viewer the waiting gates without a Decide button', async () => {
    const harness = await createDashboardHarness();
    await harness.requestGate();
    await harness.renderAsMember('viewer', { section: 'gates' });
    await screen.findByTestId('pending-gate-CRM');
    expect(screen.queryByTestId('decide-gate-CRM')).toBeNull();
    expect(screen.getByTestId('gates-read-only').textContent).toContain('Only an owner or a PMO');
  });

  it('runs a what-if without writing anything: records and pending edits stay as they were', async () => {
    const harness = await createDashboardHarness();
    await harness.seed('milestone.create', {
      projectId: harness.projectId,
      title: 'Go-live',
      baselineDate: '2026-12-01',
      forecastDate: '2026-12-01',
    });
    await harness.renderDashboard();
    const countRows = async () => ({
      pending: await harness.db.pending.count(),
      records: JSON.stringify(await listWorkspaceRecords(harness.db, harness.workspaceId)),
    });
    const before = await countRows();
    fireEvent.click(await screen.findByTestId('what-if-open-CRM'));
    await screen.findByTestId('what-if-dialog');
    fireEvent.input(screen.getByTestId('what-if-slip-days'), { target: { value: '15' } });
    fireEvent.input(screen.getByTestId('what-if-budget'), { target: { value: '250000' } });
    fireEvent.click(screen.getByTestId('what-if-run'));
    const result = screen.getByTestId('what-if-result');
    await waitFor(() => expect(result.querySelector('[data-field="bac"][data-when="after"]')).toBeTruthy());
    expect(result.querySelector('[data-field="bac"][data-when="after"]')?.getAttribute('data-value')).toBe('250000');
    expect(result.querySelector('[data-field="rag-after"][data-dimension="overall"]')).toBeTruthy();
    fireEvent.click(screen.getByTestId('what-if-close'));
    await waitFor(() => expect(screen.queryByTestId('what-if-dialog')).toBeNull());
    expect(await countRows()).toEqual(before);
  });

  it('exports the filtered dashboard as Markdown naming its projects', async () => {
    const harness = await createDashboardHarness();
    await harness.renderDashboard();
    await waitFor(() => expect(rowCodes()).toEqual(['CRM', 'OPS']));
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^portfolio-acme-pmo-\d{4}-\d{2}-\d{2}\.md$/);
    });
    fireEvent.click(screen.getByTestId('export-markdown'));
    expect(blobs).toHaveLength(1);
    const text = await blobs[0].text();
    expect(text).toContain('CRM');
    expect(text).toContain('OPS');
  });
});
