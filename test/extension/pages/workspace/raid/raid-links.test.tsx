import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspaceHarness } from '../workspace-harness';
import { findDrawer, longAgo, readRecord, rowOf, sentMutations } from './raid-kit';

afterEach(() => {
  cleanup();
  location.hash = '';
});

/** A risk that occurred (risk.occurred opens its issue), as the risk register does it. */
async function seedOccurredRisk(h: Awaited<ReturnType<typeof createWorkspaceHarness>>) {
  const riskId = await h.seed('risk.create', {
    projectId: h.projectId,
    title: 'Key user leaves',
    probability: 4,
    impact: 4,
  });
  const issueId = crypto.randomUUID();
  await h.seed('risk.occurred', { id: riskId, issueId, expected: { status: 'open' } });
  return { riskId, issueId };
}

describe('links between a risk, its issue and its actions', () => {
  it('shows an issue from an occurred risk as "From risk …", linked to the risk register', async () => {
    const h = await createWorkspaceHarness();
    const { riskId, issueId } = await seedOccurredRisk(h);
    await h.render('raid');
    const fromRisk = within(await waitFor(() => rowOf('issue', issueId))).getByTestId(`from-risk-${riskId}`);
    expect(fromRisk.closest('.raid-sub')?.textContent).toBe('From risk Key user leaves');
    expect(fromRisk.getAttribute('href')).toBe(`#/projects/${h.projectId}/risks/${riskId}`);
    fireEvent.click(fromRisk);
    await waitFor(() => expect(screen.getByRole('tabpanel').dataset.tab).toBe('risks'));
    expect(location.hash).toBe(`#/projects/${h.projectId}/risks/${riskId}`);
  });

  it('creates an action from an issue pre-linked to it, lists it under the issue, and follows it back', async () => {
    const h = await createWorkspaceHarness();
    const { riskId, issueId } = await seedOccurredRisk(h);
    await h.render('raid', issueId);
    const drawer = await findDrawer();
    expect(drawer.getByTestId('issue-from-risk').textContent).toBe('From risk Key user leaves');
    expect(drawer.getByTestId(`from-risk-${riskId}`)).toBeTruthy();
    fireEvent.click(drawer.getByTestId('add-linked-action'));
    expect(await drawer.findByText('New action', { selector: 'h2' })).toBeTruthy();
    expect((drawer.getByTestId('action-link-picker') as HTMLSelectElement).value).toBe(`issue:${issueId}`);
    fireEvent.input(drawer.getByTestId('action-title'), { target: { value: 'Brief the contractor' } });
    fireEvent.input(drawer.getByTestId('action-dueDate'), { target: { value: longAgo } });
    fireEvent.click(drawer.getByTestId('raid-save'));

    // Back on the issue, its new action listed (and overdue in words).
    const related = await drawer.findByTestId('related-actions');
    const actionId = sentMutations(h, 'action.create')[0].args.id as string;
    expect(await readRecord(h, 'action', actionId)).toMatchObject({ link: { entity: 'issue', id: issueId } });
    const item = await within(related).findByTestId(`related-action-${actionId}`);
    expect(item.textContent).toContain('Brief the contractor');
    expect(within(item).getByTestId('overdue-badge')).toBeTruthy();
    fireEvent.click(within(item).getByTestId(`action-done-${actionId}`));
    await waitFor(async () => expect((await readRecord(h, 'action', actionId))?.done).toBe(true));

    // The action names its issue, and its link opens the issue again.
    fireEvent.keyDown(screen.getByTestId('raid-drawer'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('raid-drawer')).toBeNull());
    fireEvent.click(screen.getByTestId('raid-tab-actions'));
    fireEvent.change(await screen.findByTestId('action-filter-show'), { target: { value: 'all' } });
    const row = await waitFor(() => rowOf('action', actionId));
    expect(within(row).getByText('Issue').parentElement?.textContent).toBe('Issue Key user leaves');
    fireEvent.click(within(row).getByText('Key user leaves'));
    expect((await findDrawer()).getByTestId('raid-editor-title').textContent).toBe('Key user leaves');
    expect(location.hash).toBe(`#/projects/${h.projectId}/raid/${issueId}`);
  });

  it('opens a risk from the address with the issue it became and its actions, and adds one pre-linked to it', async () => {
    const h = await createWorkspaceHarness();
    const { riskId, issueId } = await seedOccurredRisk(h);
    await h.seed('action.create', {
      projectId: h.projectId,
      title: 'Write the handover notes',
      link: { entity: 'risk', id: riskId },
    });
    await h.render('raid', riskId);
    const drawer = await findDrawer();
    expect(drawer.getByTestId('risk-follow-up')).toBeTruthy();
    expect(within(drawer.getByTestId('risk-issues')).getByText('Key user leaves').getAttribute('href')).toBe(
      `#/projects/${h.projectId}/raid/${issueId}`,
    );
    expect(within(drawer.getByTestId('related-actions')).getByText('Write the handover notes')).toBeTruthy();
    expect(drawer.getByTestId('open-in-risks').getAttribute('href')).toBe(`#/projects/${h.projectId}/risks/${riskId}`);

    fireEvent.click(drawer.getByTestId('add-linked-action'));
    fireEvent.input(await drawer.findByTestId('action-title'), { target: { value: 'Hire a contractor' } });
    fireEvent.click(drawer.getByTestId('raid-save'));
    await waitFor(() =>
      expect(within(drawer.getByTestId('related-actions')).getByText('Hire a contractor')).toBeTruthy(),
    );
    const actionId = sentMutations(h, 'action.create')[0].args.id as string;
    expect(await readRecord(h, 'action', actionId)).toMatchObject({ link: { entity: 'risk', id: riskId } });
  });

  it('lists the actions of a decision in its editor', async () => {
    const h = await createWorkspaceHarness();
    const decisionId = await h.seed('decision.create', {
      projectId: h.projectId,
      statement: 'Go live in two waves',
      decidedOn: '2026-02-10',
      decidedBy: 'Steering committee',
    });
    await h.seed('action.create', {
      projectId: h.projectId,
      title: 'Split the cut-over plan',
      link: { entity: 'decision', id: decisionId },
    });
    await h.render('raid', decisionId);
    const drawer = await findDrawer();
    expect(screen.getByTestId('raid-tab-decisions').getAttribute('aria-pressed')).toBe('true');
    expect(within(drawer.getByTestId('related-actions')).getByText('Split the cut-over plan')).toBeTruthy();
  });

  it('says "no link" when the linked record was deleted', async () => {
    const h = await createWorkspaceHarness();
    const issueId = await h.seed('issue.create', { projectId: h.projectId, title: 'Temporary issue' });
    const actionId = await h.seed('action.create', {
      projectId: h.projectId,
      title: 'Follow up',
      link: { entity: 'issue', id: issueId },
    });
    await h.seed('issue.delete', { id: issueId });
    await h.render('raid');
    fireEvent.click(screen.getByTestId('raid-tab-actions'));
    expect(
      within(await waitFor(() => rowOf('action', actionId))).getByText('No link (the record was deleted)'),
    ).toBeTruthy();
  });
});
