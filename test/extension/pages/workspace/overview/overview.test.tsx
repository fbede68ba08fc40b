import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { format, subDays } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { serveLocale } from '../../../serve-locale';
import { createWorkspaceHarness } from '../workspace-harness';

afterEach(async () => {
  cleanup();
  location.hash = '';
  await serveLocale('en');
});

const daysAgo = (days: number) => format(subDays(new Date(), days), 'yyyy-MM-dd');

describe('the overview tab', () => {
  it('shows each dimension’s suggested light with its reason beside the last reported one', async () => {
    const h = await createWorkspaceHarness();
    await h.seed('milestone.create', {
      projectId: h.projectId,
      title: 'Data migrated',
      mandatory: true,
      baselineDate: daysAgo(20),
      forecastDate: daysAgo(10),
    });
    await h.seed('statusReport.create', {
      projectId: h.projectId,
      periodStart: daysAgo(14),
      periodEnd: daysAgo(7),
      overall: { chosen: 'green' },
      dimensions: { schedule: { chosen: 'green' } },
      state: 'draft',
    });
    await h.render('overview');
    const schedule = await screen.findByTestId('rag-row-schedule');
    // Ten days overdue, fourteen working days past its baseline: amber (red starts beyond 15).
    expect(schedule.dataset.suggested).toBe('amber');
    expect(within(schedule).getByTestId('rag-reason-schedule').textContent).toMatch(/\d+ working days/);
    expect(screen.getByText('No status report submitted yet.')).toBeTruthy();
  });

  it('lists the findings with their coaching, and fixes an overdue review in one click', async () => {
    const h = await createWorkspaceHarness();
    await h.seed('risk.create', {
      projectId: h.projectId,
      title: 'Vendor late',
      probability: 3,
      impact: 3,
      owner: { name: 'Dana' },
      responseStrategy: 'mitigate',
      reviewDate: daysAgo(5),
    });
    await h.render('overview');
    const rule = (await screen.findAllByTestId('finding-rule')).find(
      (item) => item.dataset.rule === 'risk-review-overdue',
    );
    expect(rule).toBeDefined();
    expect(within(rule!).getByTestId('finding-coaching').textContent).toMatch(/\w+/);
    fireEvent.click(within(rule!).getByTestId('finding-fix'));
    await waitFor(() =>
      expect(screen.queryAllByTestId('finding').some((item) => item.dataset.rule === 'risk-review-overdue')).toBe(
        false,
      ),
    );
  });

  it('lists the next milestones, an overdue one saying by how much', async () => {
    const h = await createWorkspaceHarness();
    await h.seed('milestone.create', { projectId: h.projectId, title: 'Pilot', forecastDate: daysAgo(30) });
    await h.render('overview');
    const milestone = await screen.findByTestId('upcoming-milestone');
    expect(Number(milestone.dataset.overdueDays)).toBeGreaterThan(15);
    expect(milestone.textContent).toMatch(/overdue by \d+ working days/);
  });

  it('edits the project facts, and shows theirs and mine when someone changed a field meanwhile', async () => {
    const h = await createWorkspaceHarness();
    await h.render('overview');
    fireEvent.click(await screen.findByTestId('facts-edit'));
    fireEvent.input(screen.getByTestId('facts-name'), { target: { value: 'CRM rollout — phase 2' } });
    // Another member renames the project while the form is open.
    await h.seed('project.update', { id: h.projectId, patch: { name: 'CRM go-live' } });
    fireEvent.click(screen.getByTestId('facts-save'));
    const conflict = await screen.findByTestId('edit-conflict');
    expect(within(conflict).getByTestId('conflict-theirs').textContent).toBe('CRM go-live');
    expect(within(conflict).getByTestId('conflict-yours').textContent).toBe('CRM rollout — phase 2');
    fireEvent.click(within(conflict).getByTestId('conflict-use-mine'));
    await waitFor(() => expect(screen.getByTestId('fact-name').textContent).toBe('CRM rollout — phase 2'));
  });

  it('speaks French', async () => {
    await serveLocale('fr');
    const h = await createWorkspaceHarness();
    await h.render('overview');
    expect(await screen.findByText('Santé par dimension')).toBeTruthy();
    expect(screen.getByText('Fiche du projet')).toBeTruthy();
  });
});
