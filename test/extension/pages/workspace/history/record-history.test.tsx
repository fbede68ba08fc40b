import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { writeRecords } from '../../../../../extension/db/write-records';
import { seedRisk } from '../risks/risks-harness';
import { createWorkspaceHarness } from '../workspace-harness';

afterEach(() => {
  cleanup();
  location.hash = '';
});

type Harness = Awaited<ReturnType<typeof createWorkspaceHarness>>;

/** A risk raised by the owner and edited twice, all synced: three entries on the server. */
async function riskEditedTwice(harness: Harness, title = 'Vendor may deliver the API late') {
  const riskId = await seedRisk(harness, { title });
  await harness.seed('risk.update', { id: riskId, patch: { probability: 4 } });
  await harness.seed('risk.update', { id: riskId, patch: { impact: 5, description: 'Contract signed late' } });
  await harness.sync.syncNow(harness.workspaceId);
  return riskId;
}

async function openHistory(): Promise<HTMLElement> {
  const toggle = await screen.findByTestId('record-history-toggle');
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  return screen.getByTestId('record-history');
}

describe('a record’s History in the workspace app', () => {
  it('shows who changed the risk, when, with which mutation, and each field from → to, newest first', async () => {
    const harness = await createWorkspaceHarness();
    const riskId = await riskEditedTwice(harness);
    await harness.render('risks', riskId);
    const history = await openHistory();
    const entries = await within(history).findAllByTestId('record-history-entry');
    expect(entries).toHaveLength(3);
    expect(entries[0].textContent).toContain('Risk change');
    expect(entries[0].textContent).toContain('by Olivia Owner');
    const rows = within(entries[0]).getAllByRole('row').slice(1);
    const cells = rows.map((row) => [...row.children].map((cell) => cell.textContent));
    // Ratings in the workspace matrix's words, as the Risks tab names them.
    expect(cells).toContainEqual(['Impact', 'Moderate', 'Severe']);
    expect(cells).toContainEqual(['Description', '—', 'Contract signed late']);
    expect([...within(entries[1]).getAllByRole('row')[1].children].map((cell) => cell.textContent)).toEqual([
      'Probability',
      'Possible',
      'Likely',
    ]);
    expect(entries[2].textContent).toContain('New risk');
    // A real table: headers with their scope.
    const headers = within(entries[0]).getAllByRole('columnheader');
    expect(headers.map((header) => header.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(within(entries[0]).getAllByRole('rowheader')[0].getAttribute('scope')).toBe('row');
    expect(harness.server.requestsTo('/history').at(-1)?.status).toBe(200);
  });

  it('says History needs a connection when the Worker is out of reach, and reads it once back online', async () => {
    const harness = await createWorkspaceHarness();
    const riskId = await riskEditedTwice(harness);
    await harness.render('risks', riskId);
    harness.server.isOffline = true;
    const history = await openHistory();
    const error = await within(history).findByTestId('history-error');
    expect(error.textContent).toContain('History needs a connection');
    expect(error.textContent).not.toMatch(/\b(4\d\d|5\d\d)\b|token/i);
    harness.server.isOffline = false;
    fireEvent.click(within(history).getByTestId('history-retry'));
    expect(await within(history).findAllByTestId('record-history-entry')).toHaveLength(3);
    expect(within(history).queryByTestId('history-error')).toBeNull();
  });

  it('tells that a record not yet synced has no history on the server, without asking it', async () => {
    const harness = await createWorkspaceHarness();
    harness.server.isOffline = true;
    const riskId = await seedRisk(harness, { title: 'Raised offline' });
    await harness.render('risks', riskId);
    const history = await openHistory();
    expect(within(history).getByTestId('record-history-not-synced').textContent).toContain('not reached the server');
    expect(harness.server.requestsTo('/history')).toEqual([]);
  });

  it('shows stored markup as text, never as elements', async () => {
    const harness = await createWorkspaceHarness();
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const riskId = await seedRisk(harness, { title: 'Hostile', description: hostile });
    await harness.sync.syncNow(harness.workspaceId);
    await harness.render('risks', riskId);
    const history = await openHistory();
    const [created] = await within(history).findAllByTestId('record-history-entry');
    expect(created.textContent).toContain(hostile);
    expect(created.querySelector('img, script')).toBeNull();
  });

  it('is on every record editor: an issue, a milestone and the project', async () => {
    const harness = await createWorkspaceHarness();
    const issueId = await harness.seed('issue.create', { projectId: harness.projectId, title: 'Test rig broken' });
    await harness.seed('issue.update', { id: issueId, patch: { title: 'Test rig still broken' } });
    await harness.seed('project.update', { id: harness.projectId, patch: { name: 'CRM rollout 2' } });
    await harness.sync.syncNow(harness.workspaceId);

    const issue = await harness.render('raid', issueId);
    await screen.findByTestId('issue-editor');
    let history = await openHistory();
    let entries = await within(history).findAllByTestId('record-history-entry');
    expect(entries[0].textContent).toContain('Issue change');
    expect(entries[0].textContent).toContain('Test rig broken');
    expect(entries[0].textContent).toContain('Test rig still broken');
    issue.unmount();

    const milestoneId = await harness.seed('milestone.create', {
      projectId: harness.projectId,
      title: 'Go-live',
      forecastDate: '2026-10-01',
    });
    await harness.sync.syncNow(harness.workspaceId);
    const plan = await harness.render('plan', milestoneId);
    await screen.findByTestId('milestone-editor');
    history = await openHistory();
    entries = await within(history).findAllByTestId('record-history-entry');
    expect(entries[0].textContent).toContain('New milestone');
    expect(entries[0].textContent).toContain('Go-live');
    plan.unmount();

    await harness.render('overview');
    history = await openHistory();
    entries = await within(history).findAllByTestId('record-history-entry');
    expect(entries.map((entry) => entry.querySelector('.history-entry__mutation')?.textContent)).toEqual([
      'Project change',
      'New project',
    ]);
    await waitFor(() => expect(entries[0].textContent).toContain('CRM rollout 2'));
  });

  it('names the milestones a plan item moved between, and never shows an unknown id', async () => {
    const harness = await createWorkspaceHarness();
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
    const rendered = await harness.render('plan', itemId);
    await screen.findByTestId('planItem-editor');
    const history = await openHistory();
    const [changed] = await within(history).findAllByTestId('record-history-entry');
    const row = () => changed.querySelector('tr[data-field="milestoneId"]');
    await waitFor(() =>
      expect([...(row()?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent)).toEqual([
        'Go-live',
        'Acceptance',
      ]),
    );
    rendered.unmount();

    // A milestone this browser no longer holds: a short text in its place, not its id.
    await writeRecords(harness.db, harness.workspaceId, [{ entity: 'milestone', id: goLiveId, value: null }]);
    await harness.render('plan', itemId);
    const again = await openHistory();
    const [entry] = await within(again).findAllByTestId('record-history-entry');
    const cells = () => [...(entry.querySelector('tr[data-field="milestoneId"]')?.querySelectorAll('td') ?? [])];
    await waitFor(() => expect(cells().map((cell) => cell.textContent)).toEqual(['(unknown record)', 'Acceptance']));
    expect(entry.textContent).not.toContain(goLiveId);
  });
});
