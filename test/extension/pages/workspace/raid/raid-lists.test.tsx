import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkspaceHarness } from '../workspace-harness';
import { farAhead, longAgo, readRecord, rowOf, sentMutations } from './raid-kit';

afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('the RAID lists', () => {
  it('shows issues, decisions and actions as tabs with their counts, unresolved issues most pressing first', async () => {
    const h = await createWorkspaceHarness();
    const low = await h.seed('issue.create', {
      projectId: h.projectId,
      title: 'Logo blurry on the login page',
      priority: 'low',
    });
    const critical = await h.seed('issue.create', {
      projectId: h.projectId,
      title: 'Invoices rejected by the ERP',
      priority: 'critical',
    });
    await h.seed('issue.create', { projectId: h.projectId, title: 'Duplicate contacts', status: 'closed' });
    await h.seed('decision.create', {
      projectId: h.projectId,
      statement: 'Go live in two waves',
      decidedOn: '2026-02-10',
      decidedBy: 'Steering committee',
    });
    await h.render('raid');

    expect(screen.getByTestId('raid-count-issues').textContent).toBe('3');
    expect(screen.getByTestId('raid-count-decisions').textContent).toBe('1');
    expect(screen.getByTestId('raid-count-actions').textContent).toBe('0');
    const list = await screen.findByTestId('issue-list');
    const titles = within(list)
      .getAllByRole('rowheader')
      .map((cell) => cell.querySelector('a')?.textContent);
    expect(titles).toEqual(['Invoices rejected by the ERP', 'Logo blurry on the login page']);
    expect(within(rowOf('issue', critical)).getByText('Critical')).toBeTruthy();
    expect(within(rowOf('issue', low)).getByText('Low')).toBeTruthy();

    fireEvent.click(screen.getByTestId('raid-tab-decisions'));
    expect(await screen.findByText('Go live in two waves')).toBeTruthy();
    expect(screen.getByTestId('raid-tab-decisions').getAttribute('aria-pressed')).toBe('true');
  });

  it('filters issues by status, priority, owner and overdue, and searches them', async () => {
    const h = await createWorkspaceHarness();
    const late = await h.seed('issue.create', {
      projectId: h.projectId,
      title: 'Invoices rejected by the ERP',
      priority: 'high',
      dueDate: longAgo,
      owner: { name: 'Alice Martin' },
    });
    const later = await h.seed('issue.create', {
      projectId: h.projectId,
      title: 'Délai des licences',
      dueDate: farAhead,
    });
    const resolved = await h.seed('issue.create', {
      projectId: h.projectId,
      title: 'Slow search',
      status: 'resolved',
      dueDate: longAgo,
    });
    await h.render('raid');
    const shown = () =>
      screen
        .queryAllByRole('row')
        .flatMap((row) => (row.dataset.testid ? [row.dataset.testid.replace('issue-row-', '')] : []));

    await waitFor(() => expect(shown().sort()).toEqual([late, later].sort()));
    fireEvent.change(screen.getByTestId('issue-filter-status'), { target: { value: 'all' } });
    await waitFor(() => expect(shown()).toHaveLength(3));
    fireEvent.click(screen.getByTestId('issue-filter-overdue'));
    // Overdue is the shared rule: open and past due, so the resolved one is not.
    await waitFor(() => expect(shown()).toEqual([late]));
    expect(within(rowOf('issue', late)).getByTestId('overdue-badge').textContent).toMatch(/^Overdue by \d+ days$/);
    fireEvent.click(screen.getByTestId('issue-filter-overdue'));
    fireEvent.change(screen.getByTestId('issue-filter-priority'), { target: { value: 'high' } });
    await waitFor(() => expect(shown()).toEqual([late]));
    fireEvent.change(screen.getByTestId('issue-filter-priority'), { target: { value: 'all' } });
    const owner = screen.getByTestId('issue-filter-owner') as HTMLSelectElement;
    expect([...owner.options].map((option) => option.textContent)).toEqual(['Anyone', 'Alice Martin', 'Nobody']);
    fireEvent.change(owner, { target: { value: 'none' } });
    await waitFor(() => expect(shown().sort()).toEqual([later, resolved].sort()));
    fireEvent.change(owner, { target: { value: 'all' } });
    fireEvent.input(screen.getByTestId('issue-search'), { target: { value: 'delai' } });
    await waitFor(() => expect(shown()).toEqual([later]));
    fireEvent.input(screen.getByTestId('issue-search'), { target: { value: 'nothing like this' } });
    expect(await screen.findByText('Nothing matches these filters.')).toBeTruthy();
  });

  it('sorts with header buttons and says how in aria-sort', async () => {
    const h = await createWorkspaceHarness();
    await h.seed('issue.create', { projectId: h.projectId, title: 'Beta', dueDate: '2030-02-01' });
    await h.seed('issue.create', { projectId: h.projectId, title: 'Alpha', dueDate: '2030-03-01' });
    await h.seed('issue.create', { projectId: h.projectId, title: 'Gamma' });
    await h.render('raid');
    const titles = () => screen.getAllByRole('rowheader').map((cell) => cell.querySelector('a')?.textContent);
    const header = (name: string) => screen.getByTestId(`sort-${name}`).closest('th') as HTMLElement;

    await waitFor(() => expect(titles()).toHaveLength(3));
    expect(header('priority').getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(screen.getByTestId('sort-title'));
    await waitFor(() => expect(titles()).toEqual(['Alpha', 'Beta', 'Gamma']));
    expect(header('title').getAttribute('aria-sort')).toBe('ascending');
    expect(header('priority').hasAttribute('aria-sort')).toBe(false);
    fireEvent.click(screen.getByTestId('sort-title'));
    await waitFor(() => expect(titles()).toEqual(['Gamma', 'Beta', 'Alpha']));
    fireEvent.click(screen.getByTestId('sort-dueDate'));
    // No due date goes last, whichever the direction.
    await waitFor(() => expect(titles()).toEqual(['Beta', 'Alpha', 'Gamma']));
    fireEvent.click(screen.getByTestId('sort-dueDate'));
    await waitFor(() => expect(titles()).toEqual(['Alpha', 'Beta', 'Gamma']));
  });

  it('narrows decisions to a date range and searches their rationale', async () => {
    const h = await createWorkspaceHarness();
    const base = { projectId: h.projectId, decidedBy: 'Sponsor' };
    await h.seed('decision.create', { ...base, statement: 'Keep the legacy ERP until June', decidedOn: '2026-01-20' });
    await h.seed('decision.create', {
      ...base,
      statement: 'Go live in two waves',
      decidedOn: '2026-02-10',
      rationale: 'Lower risk at cut-over',
    });
    await h.seed('decision.create', { ...base, statement: 'Hire a data steward', decidedOn: '2026-03-02' });
    await h.render('raid');
    fireEvent.click(screen.getByTestId('raid-tab-decisions'));
    const statements = () => screen.getAllByRole('rowheader').map((cell) => cell.querySelector('a')?.textContent);

    await waitFor(() =>
      expect(statements()).toEqual(['Hire a data steward', 'Go live in two waves', 'Keep the legacy ERP until June']),
    );
    fireEvent.input(screen.getByTestId('decision-filter-from'), { target: { value: '2026-02-01' } });
    fireEvent.change(screen.getByTestId('decision-filter-from'), { target: { value: '2026-02-01' } });
    fireEvent.change(screen.getByTestId('decision-filter-to'), { target: { value: '2026-02-28' } });
    await waitFor(() => expect(statements()).toEqual(['Go live in two waves']));
    fireEvent.change(screen.getByTestId('decision-filter-from'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('decision-filter-to'), { target: { value: '' } });
    fireEvent.input(screen.getByTestId('decision-search'), { target: { value: 'cut-over' } });
    await waitFor(() => expect(statements()).toEqual(['Go live in two waves']));
  });
});

describe('the action list', () => {
  it('highlights overdue actions in words by the shared rule, not one due today or done', async () => {
    const h = await createWorkspaceHarness();
    const late = await h.seed('action.create', {
      projectId: h.projectId,
      title: 'Send the cut-over plan',
      dueDate: longAgo,
    });
    const later = await h.seed('action.create', { projectId: h.projectId, title: 'Book the room', dueDate: farAhead });
    const done = await h.seed('action.create', {
      projectId: h.projectId,
      title: 'Sign the contract',
      dueDate: longAgo,
      done: true,
    });
    await h.render('raid');
    fireEvent.click(screen.getByTestId('raid-tab-actions'));

    await waitFor(() => rowOf('action', late));
    expect(rowOf('action', late).dataset.overdue).toBe('true');
    expect(rowOf('action', late).className).toContain('raid-row--overdue');
    expect(within(rowOf('action', late)).getByTestId('overdue-badge').textContent).toMatch(/^Overdue by \d+ days$/);
    expect(within(rowOf('action', later)).queryByTestId('overdue-badge')).toBeNull();
    expect(screen.getByTestId('raid-overdue-actions').textContent).toBe('1 overdue');
    // Done actions are out of the default "open" list; with all shown, a done one is never overdue.
    expect(screen.queryByTestId(`action-row-${done}`)).toBeNull();
    fireEvent.change(screen.getByTestId('action-filter-show'), { target: { value: 'all' } });
    await waitFor(() => rowOf('action', done));
    expect(within(rowOf('action', done)).queryByTestId('overdue-badge')).toBeNull();
    fireEvent.click(screen.getByTestId('action-filter-overdue'));
    await waitFor(() => expect(screen.queryByTestId(`action-row-${later}`)).toBeNull());
    expect(screen.getByTestId(`action-row-${late}`)).toBeTruthy();
  });

  it('marks an action done in one click from the list, with undo', async () => {
    const h = await createWorkspaceHarness();
    const id = await h.seed('action.create', {
      projectId: h.projectId,
      title: 'Send the cut-over plan',
      dueDate: longAgo,
    });
    await h.render('raid', id);
    fireEvent.keyDown(await screen.findByTestId('raid-drawer'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('raid-drawer')).toBeNull());

    fireEvent.click(screen.getByTestId(`action-done-${id}`));
    await waitFor(async () => expect((await readRecord(h, 'action', id))?.done).toBe(true));
    expect(sentMutations(h, 'action.update').at(-1)?.args).toMatchObject({
      id,
      patch: { done: true },
      expected: { done: false },
    });
    // The list shows open actions, so it leaves; the notice says so and can undo.
    await waitFor(() => expect(screen.queryByTestId(`action-row-${id}`)).toBeNull());
    expect(screen.getByTestId('raid-notice').textContent).toContain('“Send the cut-over plan” is done.');
    fireEvent.click(screen.getByTestId('raid-undo'));
    await waitFor(async () => expect((await readRecord(h, 'action', id))?.done).toBe(false));
    await waitFor(() => rowOf('action', id));
  });

  it('draws 200 rows at first and the rest on "Show more"', async () => {
    const h = await createWorkspaceHarness();
    for (let index = 0; index < 205; index++) {
      await h.seed('action.create', {
        projectId: h.projectId,
        title: `Action ${String(index).padStart(3, '0')}`,
        dueDate: farAhead,
      });
    }
    await h.render('raid');
    fireEvent.click(screen.getByTestId('raid-tab-actions'));
    await waitFor(() => expect(screen.getAllByRole('rowheader')).toHaveLength(200));
    expect(screen.getByTestId('raid-showing').textContent).toBe('Showing 200 of 205');
    fireEvent.click(screen.getByTestId('raid-show-more'));
    await waitFor(() => expect(screen.getAllByRole('rowheader')).toHaveLength(205));
    expect(screen.queryByTestId('raid-show-more')).toBeNull();
  });
});

describe('text from records', () => {
  it('renders a hostile title as text, never as markup', async () => {
    const h = await createWorkspaceHarness();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const id = await h.seed('issue.create', { projectId: h.projectId, title: hostile, description: hostile });
    await h.seed('action.create', { projectId: h.projectId, title: hostile, link: { entity: 'issue', id } });
    await h.render('raid', id);
    const drawer = await screen.findByTestId('raid-drawer');
    expect(within(drawer).getByTestId('raid-editor-title').textContent).toBe(hostile);
    expect(within(screen.getByTestId('issue-list')).getByText(hostile)).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});
