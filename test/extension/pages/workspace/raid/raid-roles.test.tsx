import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { serveLocale } from '../../../serve-locale';
import { createWorkspaceHarness } from '../workspace-harness';
import { findDrawer, longAgo, renderAs, rowOf } from './raid-kit';

afterEach(async () => {
  cleanup();
  location.hash = '';
  await serveLocale('en');
});

describe('who may write', () => {
  it('gives a viewer read-only lists and records: no create, no "Mark done", no form, no dead button', async () => {
    const h = await createWorkspaceHarness();
    const issueId = await h.seed('issue.create', {
      projectId: h.projectId,
      title: 'Invoices rejected',
      priority: 'high',
      description: 'Every invoice over 10k.',
    });
    const actionId = await h.seed('action.create', {
      projectId: h.projectId,
      title: 'Call the vendor',
      link: { entity: 'issue', id: issueId },
    });
    await renderAs(h, 'viewer', 'raid', issueId);

    const drawer = await findDrawer();
    expect(drawer.getByTestId('raid-readonly-note').textContent).toContain('your role: Viewer');
    expect(drawer.getByTestId('raid-readonly').textContent).toContain('Every invoice over 10k.');
    expect(drawer.queryByRole('textbox')).toBeNull();
    expect(drawer.queryByRole('combobox')).toBeNull();
    expect(drawer.queryByTestId('raid-save')).toBeNull();
    expect(drawer.queryByTestId('raid-delete')).toBeNull();
    expect(drawer.queryByTestId('add-linked-action')).toBeNull();
    expect(drawer.queryByTestId(`action-done-${actionId}`)).toBeNull();
    expect(within(drawer.getByTestId('related-actions')).getByText('Call the vendor')).toBeTruthy();

    fireEvent.keyDown(screen.getByTestId('raid-drawer'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('raid-drawer')).toBeNull());
    expect(screen.queryByTestId('new-issue')).toBeNull();
    fireEvent.click(screen.getByTestId('raid-tab-actions'));
    await waitFor(() => rowOf('action', actionId));
    expect(screen.queryByTestId('new-action')).toBeNull();
    expect(screen.queryByTestId(`action-done-${actionId}`)).toBeNull();
    for (const button of screen.getAllByRole('button')) expect((button as HTMLButtonElement).disabled).toBe(false);
  });

  it('lets a contributor raise actions but change only their own, and keeps decisions to those who govern', async () => {
    const h = await createWorkspaceHarness();
    const actionId = await h.seed('action.create', { projectId: h.projectId, title: 'Call the vendor' });
    await renderAs(h, 'contributor', 'raid');
    fireEvent.click(screen.getByTestId('raid-tab-actions'));
    expect(await screen.findByTestId('new-action')).toBeTruthy();
    await waitFor(() => rowOf('action', actionId));
    // The owner's action is not theirs to close (shared/mutations/authorize-writes.ts).
    expect(screen.queryByTestId(`action-done-${actionId}`)).toBeNull();
    fireEvent.click(screen.getByTestId('raid-tab-decisions'));
    await screen.findByTestId('decision-list');
    expect(screen.queryByTestId('new-decision')).toBeNull();
  });
});

describe('in French', () => {
  it('shows the lists, the overdue words and the editor in French', async () => {
    await serveLocale('fr');
    const h = await createWorkspaceHarness();
    const actionId = await h.seed('action.create', {
      projectId: h.projectId,
      title: 'Appeler le fournisseur',
      dueDate: longAgo,
    });
    const issueId = await h.seed('issue.create', {
      projectId: h.projectId,
      title: 'Factures rejetées',
      priority: 'critical',
    });
    await h.render('raid');

    expect(screen.getByTestId('raid-tab-issues').textContent).toContain('Problèmes');
    expect(screen.getByTestId('new-issue').textContent).toBe('Nouveau problème');
    expect(within(await waitFor(() => rowOf('issue', issueId))).getByText('Critique')).toBeTruthy();
    expect(screen.getByLabelText('Rechercher un problème')).toBeTruthy();
    fireEvent.click(screen.getByTestId('raid-tab-actions'));
    const row = await waitFor(() => rowOf('action', actionId));
    expect(within(row).getByTestId('overdue-badge').textContent).toMatch(/^En retard de \d+ jours$/);
    const done = within(row).getByTestId(`action-done-${actionId}`);
    expect(done.textContent).toBe('Marquer faite');
    expect(done.getAttribute('aria-label')).toBe('Marquer faite : Appeler le fournisseur');
    expect(screen.getByTestId('raid-overdue-actions').textContent).toBe('1 en retard');
    fireEvent.click(within(row).getByTestId(`action-done-${actionId}`));
    expect(await screen.findByText('« Appeler le fournisseur » est faite.')).toBeTruthy();

    fireEvent.click(screen.getByTestId('new-action'));
    const drawer = await findDrawer();
    expect(drawer.getByText('Nouvelle action', { selector: 'h2' })).toBeTruthy();
    fireEvent.click(drawer.getByTestId('raid-save'));
    expect((await drawer.findByTestId('action-title-error')).textContent).toBe(
      'Donnez-lui un titre, puis enregistrez de nouveau.',
    );
  });
});
