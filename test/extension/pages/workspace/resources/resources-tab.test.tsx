import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { listRecords } from '../../../../../extension/db/read-records';
import { serveLocale } from '../../../serve-locale';
import { createWorkspaceHarness } from '../workspace-harness';
import {
  askOf,
  cellOf,
  fridayIn,
  type Harness,
  mondayIn,
  readRecord,
  renderResources,
  thisMonday,
} from './resources-kit';

afterEach(async () => {
  cleanup();
  location.hash = '';
  await serveLocale('en');
});

/** Alice at 60 % on CRM (the harness's project) and 60 % on ERP, this week and the next. */
async function seedTwoProjects(h: Harness, names: { person?: string; erp?: string } = {}) {
  const erpId = await h.seed('project.create', {
    code: 'ERP',
    name: names.erp ?? 'ERP migration',
    managerName: 'Jane Doe',
    start: '2026-01-05',
  });
  const aliceId = await h.seed('person.create', {
    name: names.person ?? 'Alice Martin',
    email: 'alice@example.com',
    capacityHoursPerWeek: 40,
  });
  const crmAllocationId = await h.seed('allocation.create', {
    personId: aliceId,
    projectId: h.projectId,
    from: thisMonday,
    to: fridayIn(1),
    percent: 60,
  });
  await h.seed('allocation.create', {
    personId: aliceId,
    projectId: erpId,
    from: thisMonday,
    to: fridayIn(1),
    percent: 60,
  });
  return { erpId, aliceId, crmAllocationId };
}

describe('the resource grid', () => {
  it('shows 60 % on each of two projects as over-allocated in both projects’ tabs, naming the other (Acceptance 2)', async () => {
    const h = await createWorkspaceHarness();
    const { erpId, aliceId } = await seedTwoProjects(h);

    await renderResources(h);
    const cell = cellOf(aliceId, thisMonday);
    expect(cell.dataset.over).toBe('true');
    expect(cell.textContent).toContain('24 h');
    expect(cell.textContent).toContain('48 / 40 h');
    expect(cell.textContent).toContain('+8 h over');
    expect(cellOf(aliceId, mondayIn(2)).dataset.over).toBeUndefined();
    const ask = askOf(aliceId);
    expect(ask.getByTestId(`resources-ask-project-${erpId}`).textContent).toContain('ERP · ERP migration');
    expect(ask.getByTestId(`resources-ask-project-${erpId}`).textContent).toContain('manager: Jane Doe');
    expect(ask.getByTestId('resources-ask-email').getAttribute('href')).toBe('mailto:alice@example.com');
    cleanup();

    await renderResources(h, { projectId: erpId });
    expect(cellOf(aliceId, thisMonday).dataset.over).toBe('true');
    expect(askOf(aliceId).getByTestId(`resources-ask-project-${h.projectId}`).textContent).toContain(
      'CRM · CRM rollout',
    );
  });

  it('lists the projects that make up a week’s load in the cell’s details, and Esc gives focus back', async () => {
    const h = await createWorkspaceHarness();
    const { erpId, aliceId } = await seedTwoProjects(h);
    await renderResources(h);
    const button = within(cellOf(aliceId, thisMonday)).getByRole('button');
    // Equal shares: their order goes by project id.
    expect(button.getAttribute('title')?.split('; ').sort()).toEqual(['CRM rollout: 24 h', 'ERP migration: 24 h']);
    button.focus();
    fireEvent.click(button);
    const dialog = within(await screen.findByTestId('resources-cell-details'));
    expect(dialog.getByTestId('resources-cell-summary').textContent).toBe(
      '48 h booked against 40 h available: 8 h over capacity.',
    );
    const rows = within(dialog.getByTestId('resources-cell-table')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(dialog.getByTestId(`resources-share-${erpId}`).textContent).toContain('Jane Doe');
    fireEvent(screen.getByTestId('resources-cell-details'), new Event('cancel'));
    await waitFor(() => expect(screen.queryByTestId('resources-cell-details')).toBeNull());
    expect(document.activeElement).toBe(button);
  });

  it('lowers a week’s capacity by the person’s calendar exception', async () => {
    const h = await createWorkspaceHarness();
    const bobId = await h.seed('person.create', {
      name: 'Bob Durand',
      capacityHoursPerWeek: 40,
      exceptions: [{ from: mondayIn(1), to: fridayIn(1), hoursPerWeek: 16, reason: 'Part-time week' }],
    });
    await h.seed('allocation.create', {
      personId: bobId,
      projectId: h.projectId,
      from: thisMonday,
      to: fridayIn(2),
      hoursPerWeek: 20,
    });
    await renderResources(h);
    expect(cellOf(bobId, thisMonday).textContent).toContain('20 / 40 h');
    expect(cellOf(bobId, thisMonday).dataset.over).toBeUndefined();
    const lowered = cellOf(bobId, mondayIn(1));
    expect(lowered.textContent).toContain('20 / 16 h');
    expect(lowered.textContent).toContain('Part-time week');
    expect(lowered.dataset.over).toBe('true');
    // Bob works only on this project: nobody else to ask.
    expect(askOf(bobId).getByText(/Only this project books them/)).toBeTruthy();
  });

  it('moves the weeks shown with "Next weeks" and back to this week', async () => {
    const h = await createWorkspaceHarness();
    await renderResources(h);
    const range = screen.getByTestId('resources-weeks-range').textContent;
    fireEvent.click(screen.getByTestId('resources-weeks-next'));
    await waitFor(() => expect(screen.getByTestId('resources-weeks-range').textContent).not.toBe(range));
    fireEvent.click(screen.getByTestId('resources-weeks-now'));
    await waitFor(() => expect(screen.getByTestId('resources-weeks-range').textContent).toBe(range));
  });

  it('renders hostile person and project names as text', async () => {
    const h = await createWorkspaceHarness();
    const hostile = '<img src=x onerror=alert(1)>';
    const { aliceId } = await seedTwoProjects(h, { person: hostile, erp: `${hostile} ERP` });
    await renderResources(h);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId(`resources-row-${aliceId}`).textContent).toContain(hostile);
    expect(askOf(aliceId).getByText(`ERP · ${hostile} ERP`)).toBeTruthy();
  });
});

describe('editing allocations', () => {
  it('creates an allocation from the dialog, in percent of capacity', async () => {
    const h = await createWorkspaceHarness();
    const personId = await h.seed('person.create', { name: 'Chloé Petit', capacityHoursPerWeek: 32 });
    await renderResources(h);
    fireEvent.click(screen.getByTestId('resources-add-allocation'));
    const dialog = within(await screen.findByTestId('allocation-editor'));
    fireEvent.change(dialog.getByTestId('allocation-personId'), { target: { value: personId } });
    fireEvent.input(dialog.getByTestId('allocation-from'), { target: { value: thisMonday } });
    const sel = dialog.getByTestId('allocation-personId') as HTMLSelectElement;
    sel.value = personId;
    fireEvent.input(dialog.getByTestId('allocation-to'), { target: { value: fridayIn(3) } });
    fireEvent.input(dialog.getByTestId('allocation-amount'), { target: { value: '50' } });
    fireEvent.click(dialog.getByTestId('allocation-isKey'));
    fireEvent.click(dialog.getByTestId('allocation-save'));
    await waitFor(() => expect(screen.queryByTestId('allocation-editor')).toBeNull());
    const row = await screen.findByTestId(`resources-row-${personId}`);
    expect(row.textContent).toContain('Key person');
    expect(cellOf(personId, thisMonday).textContent).toContain('16 h');
    expect(await within(screen.getByTestId('resources-allocations')).findByText('50 % (16 h/week)')).toBeTruthy();
  });

  it('refuses an end before the start, beside the field', async () => {
    const h = await createWorkspaceHarness();
    const personId = await h.seed('person.create', { name: 'Chloé Petit' });
    await renderResources(h);
    const sentBefore = h.sent.length;
    fireEvent.click(screen.getByTestId('resources-add-allocation'));
    const dialog = within(await screen.findByTestId('allocation-editor'));
    fireEvent.change(dialog.getByTestId('allocation-personId'), { target: { value: personId } });
    fireEvent.input(dialog.getByTestId('allocation-from'), { target: { value: mondayIn(2) } });
    fireEvent.input(dialog.getByTestId('allocation-to'), { target: { value: thisMonday } });
    fireEvent.click(dialog.getByTestId('allocation-save'));
    expect((await dialog.findByTestId('allocation-to-error')).textContent).toContain('must not be before');
    expect(h.sent.slice(sentBefore).filter((message) => message.type === 'mutate')).toHaveLength(0);
  });

  it('opens the allocation the address names and shows both values when an edit collides', async () => {
    const h = await createWorkspaceHarness();
    const { crmAllocationId } = await seedTwoProjects(h);
    await renderResources(h, { recordId: crmAllocationId });
    const dialog = within(await screen.findByTestId('allocation-editor'));
    expect(dialog.getByText('Allocation of Alice Martin')).toBeTruthy();
    fireEvent.input(dialog.getByTestId('allocation-amount'), { target: { value: '30' } });
    // Someone else changes the same field meanwhile.
    await h.send('mutate', {
      workspaceId: h.workspaceId,
      name: 'allocation.update',
      args: { id: crmAllocationId, patch: { percent: 50 } },
    });
    fireEvent.click(dialog.getByTestId('allocation-save'));
    const conflict = within(await dialog.findByTestId('edit-conflict'));
    expect(conflict.getByTestId('conflict-theirs').textContent).toBe('50');
    expect(conflict.getByTestId('conflict-yours').textContent).toBe('30');
    fireEvent.click(conflict.getByTestId('conflict-use-mine'));
    await waitFor(async () => expect((await readRecord(h, 'allocation', crmAllocationId))?.percent).toBe(30));
    await waitFor(() => expect(dialog.queryByTestId('edit-conflict')).toBeNull());
  });

  it('removes an allocation after asking', async () => {
    const h = await createWorkspaceHarness();
    const { crmAllocationId, aliceId } = await seedTwoProjects(h);
    await renderResources(h, { recordId: crmAllocationId });
    const dialog = within(await screen.findByTestId('allocation-editor'));
    fireEvent.click(dialog.getByTestId('allocation-delete'));
    fireEvent.click(await dialog.findByTestId('allocation-delete-confirm'));
    await waitFor(() => expect(screen.queryByTestId('allocation-editor')).toBeNull());
    await waitFor(() => expect(screen.queryByTestId(`resources-row-${aliceId}`)).toBeNull());
    expect(screen.queryByTestId('allocation-missing')).toBeNull();
  });

  it('lets an owner add a person to the workspace, then allocate them', async () => {
    const h = await createWorkspaceHarness();
    await renderResources(h);
    fireEvent.click(screen.getByTestId('resources-add-person'));
    const dialog = within(await screen.findByTestId('person-dialog'));
    fireEvent.input(dialog.getByTestId('person-name'), { target: { value: 'Dana Okafor' } });
    fireEvent.input(dialog.getByTestId('person-email'), { target: { value: 'dana@example.com' } });
    fireEvent.click(dialog.getByTestId('person-save'));
    const editor = within(await screen.findByTestId('allocation-editor'));
    const picked = editor.getByTestId('allocation-personId') as HTMLSelectElement;
    await waitFor(() => expect(picked.selectedOptions[0]?.textContent).toBe('Dana Okafor (dana@example.com)'));
  });
});

describe('the RACI matrix', () => {
  it('gives roles on a milestone and a deliverable, and warns until each has one accountable person', async () => {
    const h = await createWorkspaceHarness();
    const { aliceId } = await seedTwoProjects(h);
    const bobId = await h.seed('person.create', { name: 'Bob Durand' });
    await h.seed('allocation.create', {
      personId: bobId,
      projectId: h.projectId,
      from: thisMonday,
      to: fridayIn(1),
      percent: 20,
    });
    const milestoneId = await h.seed('milestone.create', {
      projectId: h.projectId,
      title: 'Go-live',
      forecastDate: fridayIn(6),
    });
    const itemId = await h.seed('planItem.create', {
      projectId: h.projectId,
      title: 'Data migration plan',
      kind: 'deliverable',
      milestoneId,
    });
    await renderResources(h);
    expect(screen.getByTestId('raci-warnings').textContent).toContain('2 rows have nobody accountable.');

    fireEvent.click(within(screen.getByTestId(`raci-cell-${milestoneId}-${aliceId}`)).getByRole('button'));
    let dialog = within(await screen.findByTestId('raci-dialog'));
    fireEvent.click(dialog.getByTestId('raci-role-accountable'));
    fireEvent.click(dialog.getByTestId('raci-role-responsible'));
    fireEvent.click(dialog.getByTestId('raci-save'));
    await waitFor(() => expect(screen.queryByTestId('raci-dialog')).toBeNull());
    await waitFor(() => expect(screen.getByTestId(`raci-cell-${milestoneId}-${aliceId}`).textContent).toBe('R A'));
    const stored = await listRecords<Record<string, unknown>>(h.db, h.workspaceId, 'raci');
    expect(stored.map((entry) => [entry.milestoneId, entry.planItemId, entry.role]).sort()).toEqual([
      [milestoneId, undefined, 'accountable'],
      [milestoneId, undefined, 'responsible'],
    ]);
    expect(screen.getByTestId('raci-warnings').textContent).toContain('1 row has nobody accountable.');

    // Two accountable people on the deliverable: warned in the dialog and on the row.
    for (const personId of [aliceId, bobId]) {
      fireEvent.click(within(screen.getByTestId(`raci-cell-${itemId}-${personId}`)).getByRole('button'));
      dialog = within(await screen.findByTestId('raci-dialog'));
      fireEvent.click(dialog.getByTestId('raci-role-accountable'));
      if (personId === bobId)
        expect(dialog.getByTestId('raci-second-accountable').textContent).toContain('Alice Martin');
      fireEvent.click(dialog.getByTestId('raci-save'));
      await waitFor(() => expect(screen.queryByTestId('raci-dialog')).toBeNull());
      await waitFor(() => expect(screen.getByTestId(`raci-cell-${itemId}-${personId}`).textContent).toBe('A'));
    }
    await waitFor(() => expect(screen.getByTestId(`raci-warning-${itemId}`).textContent).toContain('2 accountable'));
    expect(screen.getByTestId('raci-warnings').textContent).toContain('1 row has several people accountable');
  });
});

describe('roles and language', () => {
  it('gives a viewer a read-only tab: no edit control, no dead button', async () => {
    const h = await createWorkspaceHarness();
    const { crmAllocationId, aliceId } = await seedTwoProjects(h);
    const milestoneId = await h.seed('milestone.create', {
      projectId: h.projectId,
      title: 'Go-live',
      forecastDate: fridayIn(6),
    });
    await renderResources(h, { role: 'viewer' });
    await waitFor(() => screen.getByTestId(`resources-row-${aliceId}`));
    expect(screen.queryByTestId('resources-add-allocation')).toBeNull();
    expect(screen.queryByTestId('resources-add-person')).toBeNull();
    expect(within(screen.getByTestId(`raci-cell-${milestoneId}-${aliceId}`)).queryByRole('button')).toBeNull();
    for (const button of screen.getAllByRole('button')) expect((button as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(within(screen.getByTestId(`resources-allocation-${crmAllocationId}`)).getByRole('button'));
    const dialog = within(await screen.findByTestId('allocation-editor'));
    expect(dialog.getByTestId('allocation-readonly').textContent).toContain('Alice Martin');
    expect(dialog.queryByTestId('allocation-save')).toBeNull();
    expect(dialog.queryByTestId('allocation-delete')).toBeNull();
    expect(dialog.queryByRole('combobox')).toBeNull();
  });

  it('shows the tab in French', async () => {
    await serveLocale('fr');
    const h = await createWorkspaceHarness();
    const { aliceId } = await seedTwoProjects(h);
    await renderResources(h);
    expect(screen.getByText('Affectations face à la capacité, semaine par semaine')).toBeTruthy();
    expect(screen.getByText('À qui s’adresser')).toBeTruthy();
    expect(screen.getByTestId('resources-add-allocation').textContent).toBe('Nouvelle affectation');
    expect(cellOf(aliceId, thisMonday).textContent).toContain('+8 h de trop');
    expect(askOf(aliceId).getByText('responsable : Jane Doe')).toBeTruthy();
    expect(screen.getByTestId('raci-empty').textContent).toContain('Aucun jalon ni livrable');
  });
});
