import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { writeRecords } from '../../../../../extension/db/write-records';
import { createAdminHarness } from '../admin-harness';

afterEach(() => {
  cleanup();
  location.hash = '';
});

type Harness = Awaited<ReturnType<typeof createAdminHarness>>;

async function seedActivity(harness: Harness) {
  const riskId = await harness.seed('risk.create', {
    projectId: harness.projectId,
    title: 'Vendor may deliver the API late',
    probability: 3,
    impact: 3,
  });
  await harness.seed('risk.update', { id: riskId, patch: { probability: 5 } });
  await harness.sync.syncNow(harness.workspaceId);
  return riskId;
}

const entries = () => screen.findAllByTestId('activity-entry');

describe('the activity section', () => {
  it('lists every change newest first, each linking to its record in the workspace app', async () => {
    const harness = await createAdminHarness();
    const riskId = await seedActivity(harness);
    await harness.renderAdmin('activity');
    const listed = await entries();
    expect(listed.map((entry) => entry.dataset.entity)).toEqual(['risk', 'risk', 'project']);
    // The name comes from the local copy of the record (an update names no title).
    await waitFor(() => expect(listed[0].textContent).toContain('Vendor may deliver the API late'));
    expect(listed[0].textContent).toContain('Risk change');
    expect(listed[0].textContent).toContain('by Olivia Owner');
    const link = within(listed[0]).getByTestId('activity-entry-link');
    expect(link.getAttribute('href')).toMatch(
      new RegExp(`workspace\\.html#/projects/${harness.projectId}/risks/${riskId}$`),
    );
    expect(link.getAttribute('aria-label')).toBe('Open Vendor may deliver the API late');
    const [probability] = within(listed[0]).getAllByRole('row').slice(1);
    // A rating in the workspace matrix's words, as the Risks tab names it.
    await waitFor(() =>
      expect([...probability.children].map((cell) => cell.textContent)).toEqual([
        'Probability',
        'Possible',
        'Almost certain',
      ]),
    );
    expect(within(listed[2]).getByTestId('activity-entry-link').getAttribute('href')).toMatch(
      new RegExp(`#/projects/${harness.projectId}/overview$`),
    );
    expect(screen.getByText(/Changes are kept for 365 days/)).toBeTruthy();
  });

  it('folds a change of many fields behind a button that says how many, opened with the keyboard', async () => {
    const harness = await createAdminHarness();
    await seedActivity(harness);
    await harness.renderAdmin('activity');
    const created = (await entries())[1];
    const toggle = within(created).getByTestId('activity-entry-fields');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toMatch(/\d+ fields changed/);
    expect(within(created).queryByRole('table')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(created).getByRole('table')).toBeTruthy();
  });

  it('filters by kind of record and by date, and says when nothing matches', async () => {
    const harness = await createAdminHarness();
    await seedActivity(harness);
    await harness.renderAdmin('activity');
    await entries();
    const kind = screen.getByTestId('activity-entity') as HTMLSelectElement;
    kind.value = 'project';
    fireEvent(kind, new Event('change', { bubbles: true }));
    await waitFor(() =>
      expect(screen.getAllByTestId('activity-entry').map((entry) => entry.dataset.entity)).toEqual(['project']),
    );
    fireEvent.change(screen.getByTestId('activity-since'), { target: { value: '2999-01-01' } });
    expect((await screen.findByTestId('history-empty')).textContent).toBe('No changes match these filters.');
    const since = new URL(`https://x${harness.server.log.at(-1)?.path ?? ''}`);
    expect(since.pathname).toMatch(/\/history$/);
    fireEvent.click(screen.getByTestId('activity-clear'));
    await waitFor(() => expect(screen.getAllByTestId('activity-entry')).toHaveLength(3));
  });

  it('shows one record’s changes at admin.html#/activity/<id>', async () => {
    const harness = await createAdminHarness();
    const riskId = await seedActivity(harness);
    await harness.renderAdmin('activity', riskId);
    await waitFor(() => expect(screen.getAllByTestId('activity-entry')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('activity-clear'));
    expect(location.hash).toBe('#/activity');
    await waitFor(() => expect(screen.getAllByTestId('activity-entry')).toHaveLength(3));
  });

  it('loads older changes page by page, then says that is all', async () => {
    const harness = await createAdminHarness();
    const riskId = await seedActivity(harness);
    for (let impact = 1; impact <= 5; impact++)
      for (const probability of [1, 2, 3, 4, 5])
        await harness.seed('risk.update', { id: riskId, patch: { probability, impact } });
    await harness.sync.syncNow(harness.workspaceId);
    await harness.renderAdmin('activity');
    await waitFor(() => expect(screen.getAllByTestId('activity-entry')).toHaveLength(25));
    expect(screen.queryByTestId('activity-end')).toBeNull();
    fireEvent.click(screen.getByTestId('history-load-older'));
    await waitFor(() => expect(screen.getAllByTestId('activity-entry').length).toBeGreaterThan(25));
    expect(screen.queryByTestId('history-load-older')).toBeNull();
    expect(screen.getByTestId('activity-end').textContent).toBe('That is every change kept.');
  });

  it('says the activity needs a connection when the Worker is out of reach', async () => {
    const harness = await createAdminHarness();
    await seedActivity(harness);
    harness.server.isOffline = true;
    await harness.renderAdmin('activity');
    const error = await screen.findByTestId('history-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('History needs a connection');
  });

  it('names the records a change refers to, and says "unknown record" for one it does not hold', async () => {
    const harness = await createAdminHarness();
    const milestone = (title: string) =>
      harness.seed('milestone.create', { projectId: harness.projectId, title, forecastDate: '2026-10-01' });
    const goLiveId = await milestone('Go-live');
    const acceptanceId = await milestone('Acceptance');
    const itemId = await harness.seed('planItem.create', {
      projectId: harness.projectId,
      title: 'Build',
      start: '2026-09-01',
      durationDays: 5,
      milestoneId: goLiveId,
    });
    await harness.seed('planItem.update', { id: itemId, patch: { milestoneId: acceptanceId } });
    await harness.sync.syncNow(harness.workspaceId);
    await writeRecords(harness.db, harness.workspaceId, [{ entity: 'milestone', id: goLiveId, value: null }]);
    await harness.renderAdmin('activity', itemId);
    const [changed] = await entries();
    const cells = () => [...(changed.querySelector('tr[data-field="milestoneId"]')?.querySelectorAll('td') ?? [])];
    await waitFor(() => expect(cells().map((cell) => cell.textContent)).toEqual(['(unknown record)', 'Acceptance']));
    expect(changed.textContent).not.toContain(goLiveId);
  });
});
