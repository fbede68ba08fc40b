import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
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
    expect(cells).toContainEqual(['Impact', '3', '5']);
    expect(cells).toContainEqual(['Description', '—', 'Contract signed late']);
    expect(within(entries[1]).getAllByRole('row')[1].textContent).toBe('Probability34');
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
});
