import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackground } from '../../../background-harness';
import { createWorkspaceHarness } from '../workspace-harness';
import { farAhead, findDrawer, readRecord, rowOf, sentMutations } from './raid-kit';

afterEach(() => {
  cleanup();
  location.hash = '';
});

const type = (testId: string, value: string) => fireEvent.input(screen.getByTestId(testId), { target: { value } });
const choose = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('the issue editor', () => {
  it('creates an issue with every field from the drawer, the owner picked from the workspace people', async () => {
    const h = await createWorkspaceHarness();
    const aliceId = await h.seed('person.create', { name: 'Alice Martin' });
    await h.render('raid');
    fireEvent.click(screen.getByTestId('new-issue'));
    const drawer = await findDrawer();
    expect(drawer.getByTestId('raid-editor-title').textContent).toBe('New issue');

    fireEvent.click(drawer.getByTestId('raid-save'));
    expect((await drawer.findByTestId('issue-title-error')).textContent).toBe('Give it a title, then save again.');
    type('issue-title', 'Invoices rejected by the ERP');
    choose('issue-type', 'change_request');
    choose('issue-status', 'in_progress');
    choose('issue-priority', 'high');
    choose('issue-severity', '4');
    type('issue-owner', 'alice martin');
    choose('issue-escalationLevel', 'programme');
    type('issue-raisedOn', '2026-03-02');
    type('issue-dueDate', farAhead);
    type('issue-ref', 'I-042');
    type('issue-description', 'Since the upgrade,\nevery invoice over 10k is rejected.');
    type('issue-resolution', 'Patch expected from the vendor.');
    fireEvent.click(drawer.getByTestId('raid-save'));

    await waitFor(() => expect(screen.queryByTestId('raid-drawer')).toBeNull());
    expect(screen.getByTestId('raid-notice').textContent).toContain('Issue “Invoices rejected by the ERP” created.');
    const [created] = sentMutations(h, 'issue.create').slice(-1);
    expect(await readRecord(h, 'issue', created.args.id as string)).toMatchObject({
      projectId: h.projectId,
      title: 'Invoices rejected by the ERP',
      type: 'change_request',
      status: 'in_progress',
      priority: 'high',
      severity: 4,
      owner: { name: 'Alice Martin', personId: aliceId },
      escalationLevel: 'programme',
      raisedOn: '2026-03-02',
      dueDate: farAhead,
      ref: 'I-042',
      description: 'Since the upgrade,\nevery invoice over 10k is rejected.',
      resolution: 'Patch expected from the vendor.',
    });
    await waitFor(() => rowOf('issue', created.args.id as string));
  });

  it('sends only the changed fields, each with the value it had when the form opened', async () => {
    const h = await createWorkspaceHarness();
    const id = await h.seed('issue.create', { projectId: h.projectId, title: 'Invoices rejected', priority: 'medium' });
    await h.render('raid', id);
    const drawer = await findDrawer();
    expect((drawer.getByTestId('raid-save') as HTMLButtonElement).disabled).toBe(true);
    choose('issue-priority', 'critical');
    type('issue-dueDate', farAhead);
    fireEvent.click(drawer.getByTestId('raid-save'));

    await waitFor(async () => expect((await readRecord(h, 'issue', id))?.priority).toBe('critical'));
    const [update] = sentMutations(h, 'issue.update');
    expect(Object.keys(update.args.patch as object).sort()).toEqual(['dueDate', 'priority']);
    expect(update.args).toMatchObject({
      id,
      patch: { priority: 'critical', dueDate: farAhead },
      expected: { priority: 'medium' },
    });
    expect(await drawer.findByText('Saved.')).toBeTruthy();
    expect((await readRecord(h, 'issue', id))?.title).toBe('Invoices rejected');
  });

  it('deletes an issue after asking', async () => {
    const h = await createWorkspaceHarness();
    const id = await h.seed('issue.create', { projectId: h.projectId, title: 'Printer jammed' });
    await h.render('raid', id);
    const drawer = await findDrawer();
    fireEvent.click(drawer.getByTestId('raid-delete'));
    expect(drawer.getByText('Delete “Printer jammed”? This cannot be undone.')).toBeTruthy();
    fireEvent.click(drawer.getByTestId('raid-delete-confirm'));
    await waitFor(() => expect(screen.queryByTestId('raid-drawer')).toBeNull());
    expect(await readRecord(h, 'issue', id)).toBeUndefined();
    expect(location.hash).toBe(`#/projects/${h.projectId}/raid`);
  });
});

describe('the decision and action editors', () => {
  it('records a decision with its date, who decided, why and what it concerns, then edits it', async () => {
    const h = await createWorkspaceHarness();
    const issueId = await h.seed('issue.create', { projectId: h.projectId, title: 'Key user left' });
    await h.render('raid');
    fireEvent.click(screen.getByTestId('raid-tab-decisions'));
    fireEvent.click(await screen.findByTestId('new-decision'));
    const drawer = await findDrawer();
    expect((drawer.getByTestId('decision-decidedBy') as HTMLInputElement).value).toBe('Olivia Owner');
    type('decision-statement', 'Hire a contractor for three months');
    type('decision-decidedOn', '2026-03-02');
    type('decision-rationale', 'Cheaper than slipping go-live.');
    choose('decision-add-link', `issue:${issueId}`);
    await waitFor(() => expect(drawer.getByTestId('decision-links').textContent).toContain('Key user left'));
    fireEvent.click(drawer.getByTestId('raid-save'));
    await waitFor(() => expect(screen.queryByTestId('raid-drawer')).toBeNull());

    const id = sentMutations(h, 'decision.create')[0].args.id as string;
    expect(await readRecord(h, 'decision', id)).toMatchObject({
      statement: 'Hire a contractor for three months',
      decidedOn: '2026-03-02',
      decidedBy: 'Olivia Owner',
      rationale: 'Cheaper than slipping go-live.',
      links: [{ entity: 'issue', id: issueId }],
    });
    fireEvent.click(within(await waitFor(() => rowOf('decision', id))).getByText('Hire a contractor for three months'));
    await findDrawer();
    type('decision-decidedBy', 'Steering committee');
    fireEvent.click(screen.getByTestId('raid-save'));
    await waitFor(async () => expect((await readRecord(h, 'decision', id))?.decidedBy).toBe('Steering committee'));
    expect(sentMutations(h, 'decision.update')[0].args).toEqual({
      id,
      patch: { decidedBy: 'Steering committee' },
      expected: { decidedBy: 'Olivia Owner' },
    });
  });

  it('creates an action with owner, due date and link, and edits it', async () => {
    const h = await createWorkspaceHarness();
    const riskId = await h.seed('risk.create', {
      projectId: h.projectId,
      title: 'Supplier goes bankrupt',
      probability: 2,
      impact: 5,
    });
    await h.render('raid');
    fireEvent.click(screen.getByTestId('raid-tab-actions'));
    fireEvent.click(await screen.findByTestId('new-action'));
    await findDrawer();
    type('action-title', 'Find a second supplier');
    type('action-owner', 'Bruno Costa');
    type('action-dueDate', farAhead);
    choose('action-link-picker', `risk:${riskId}`);
    fireEvent.click(screen.getByTestId('raid-save'));
    await waitFor(() => expect(screen.queryByTestId('raid-drawer')).toBeNull());
    const id = sentMutations(h, 'action.create')[0].args.id as string;
    expect(await readRecord(h, 'action', id)).toMatchObject({
      title: 'Find a second supplier',
      owner: { name: 'Bruno Costa' },
      dueDate: farAhead,
      done: false,
      link: { entity: 'risk', id: riskId },
    });

    fireEvent.click(screen.getByTestId('raid-open-created'));
    await findDrawer();
    fireEvent.click(screen.getByTestId('action-done'));
    fireEvent.click(screen.getByTestId('raid-save'));
    await waitFor(async () => expect((await readRecord(h, 'action', id))?.done).toBe(true));
  });
});

describe('the address and the drawer', () => {
  it('opens the record the address names, whichever kind it is', async () => {
    const h = await createWorkspaceHarness();
    const actionId = await h.seed('action.create', { projectId: h.projectId, title: 'Book the cut-over weekend' });
    await h.render('raid', actionId);
    const drawer = await findDrawer();
    expect(drawer.getByTestId('raid-editor-title').textContent).toBe('Book the cut-over weekend');
    expect(screen.getByTestId('raid-tab-actions').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('raid-drawer').getAttribute('aria-labelledby')).toBe('raid-editor-title-action');
  });

  it('says so when the address names a record that is not in the project', async () => {
    const h = await createWorkspaceHarness();
    await h.render('raid', crypto.randomUUID());
    expect((await screen.findByTestId('raid-not-found')).textContent).toContain('may have been deleted');
    expect(screen.queryByTestId('raid-drawer')).toBeNull();
  });

  it('closes on Esc and gives focus back to the link that opened it', async () => {
    const h = await createWorkspaceHarness();
    const id = await h.seed('issue.create', { projectId: h.projectId, title: 'Invoices rejected' });
    await h.render('raid');
    const link = within(await waitFor(() => rowOf('issue', id))).getByText('Invoices rejected');
    link.focus();
    fireEvent.click(link);
    await findDrawer();
    expect(location.hash).toBe(`#/projects/${h.projectId}/raid/${id}`);
    fireEvent.keyDown(screen.getByTestId('raid-drawer'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('raid-drawer')).toBeNull());
    expect(location.hash).toBe(`#/projects/${h.projectId}/raid`);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Invoices rejected'));
  });

  it('asks before Esc throws away unsaved changes', async () => {
    const h = await createWorkspaceHarness();
    const id = await h.seed('issue.create', { projectId: h.projectId, title: 'Invoices rejected' });
    await h.render('raid', id);
    await findDrawer();
    type('issue-title', 'Invoices rejected by the ERP');
    fireEvent.keyDown(screen.getByTestId('raid-drawer'), { key: 'Escape' });
    expect(await screen.findByText('You have unsaved changes.')).toBeTruthy();
    expect(screen.getByTestId('raid-drawer')).toBeTruthy();
    fireEvent.click(screen.getByTestId('raid-discard'));
    await waitFor(() => expect(screen.queryByTestId('raid-drawer')).toBeNull());
    expect((await readRecord(h, 'issue', id))?.title).toBe('Invoices rejected');
  });
});

describe('edits that collide', () => {
  it('shows theirs and yours when a field changed meanwhile, and "Use mine" stores mine', async () => {
    const h = await createWorkspaceHarness();
    const id = await h.seed('issue.create', { projectId: h.projectId, title: 'Invoices rejected', priority: 'medium' });
    await h.render('raid', id);
    await findDrawer();
    type('issue-title', 'Invoices rejected by the ERP');
    // Someone else's edit arrives while the form is open.
    await h.seed('issue.update', { id, patch: { title: 'ERP rejects invoices' } });
    fireEvent.click(screen.getByTestId('raid-save'));

    const conflict = await screen.findByTestId('edit-conflict');
    expect(conflict.dataset.field).toBe('title');
    expect(within(conflict).getByTestId('conflict-theirs').textContent).toBe('ERP rejects invoices');
    expect(within(conflict).getByTestId('conflict-yours').textContent).toBe('Invoices rejected by the ERP');
    expect((await readRecord(h, 'issue', id))?.title).toBe('ERP rejects invoices');
    fireEvent.click(within(conflict).getByTestId('conflict-use-mine'));
    await waitFor(async () => expect((await readRecord(h, 'issue', id))?.title).toBe('Invoices rejected by the ERP'));
    expect(sentMutations(h, 'issue.update').at(-1)?.args).toMatchObject({
      patch: { title: 'Invoices rejected by the ERP' },
      expected: { title: 'ERP rejects invoices' },
    });
    await waitFor(() => expect(screen.queryByTestId('edit-conflict')).toBeNull());
  });

  it('"Keep theirs" puts their value in the form, in words, and a field nobody touched follows their edit', async () => {
    const h = await createWorkspaceHarness();
    const id = await h.seed('issue.create', { projectId: h.projectId, title: 'Invoices rejected', priority: 'medium' });
    await h.render('raid', id);
    await findDrawer();
    choose('issue-priority', 'high');
    await h.seed('issue.update', { id, patch: { priority: 'critical', dueDate: farAhead } });
    await waitFor(() => expect((screen.getByTestId('issue-dueDate') as HTMLInputElement).value).toBe(farAhead));
    fireEvent.click(screen.getByTestId('raid-save'));

    const conflict = await screen.findByTestId('edit-conflict');
    expect(within(conflict).getByTestId('conflict-theirs').textContent).toBe('Critical');
    expect(within(conflict).getByTestId('conflict-yours').textContent).toBe('High');
    fireEvent.click(within(conflict).getByTestId('conflict-keep-theirs'));
    await waitFor(() => expect(screen.queryByTestId('edit-conflict')).toBeNull());
    expect((screen.getByTestId('issue-priority') as HTMLSelectElement).value).toBe('critical');
    expect((screen.getByTestId('raid-save') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows in the editor a conflict the server reported after an offline edit synced', async () => {
    const h = await createWorkspaceHarness();
    const id = await h.seed('issue.create', { projectId: h.projectId, title: 'Invoices rejected' });
    await h.sync.syncNow(h.workspaceId);
    // Another member changes the title on the server first.
    const other = createTestBackground(h.server);
    const session = h.server.addMember(h.workspaceId, { name: 'Paul PM', email: 'paul@example.com', role: 'owner' });
    await other.send('workspace.connectWithToken', { serverUrl: h.server.url, token: session.token });
    await other.sync.syncNow(h.workspaceId);
    await other.send('mutate', {
      workspaceId: h.workspaceId,
      name: 'issue.update',
      args: { id, patch: { title: 'ERP rejects invoices' }, expected: { title: 'Invoices rejected' } },
    });
    await other.sync.syncNow(h.workspaceId);

    await h.render('raid', id);
    await findDrawer();
    type('issue-title', 'Invoices rejected by the ERP');
    fireEvent.click(screen.getByTestId('raid-save'));
    await waitFor(async () => expect((await readRecord(h, 'issue', id))?.title).toBe('Invoices rejected by the ERP'));
    await h.sync.syncNow(h.workspaceId);

    const conflict = await screen.findByTestId('edit-conflict');
    expect(within(conflict).getByTestId('conflict-theirs').textContent).toBe('ERP rejects invoices');
    expect(within(conflict).getByTestId('conflict-yours').textContent).toBe('Invoices rejected by the ERP');
    fireEvent.click(within(conflict).getByTestId('conflict-use-mine'));
    await waitFor(async () => expect((await readRecord(h, 'issue', id))?.title).toBe('Invoices rejected by the ERP'));
    await waitFor(() => expect(screen.queryByTestId('edit-conflict')).toBeNull());
  });
});
