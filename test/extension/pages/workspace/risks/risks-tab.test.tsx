import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { writeRecords } from '../../../../../extension/db/write-records';
import { buildHeatMap } from '../../../../../shared/analytics/risk/heat-map';
import type { Issue } from '../../../../../shared/schemas/raid';
import type { Risk } from '../../../../../shared/schemas/risk';
import { serveLocale } from '../../../serve-locale';
import { createWorkspaceHarness } from '../workspace-harness';
import { choose, listedTitles, openRisk, readRecord, renderAsViewer, rowOf, seedRisk, typeInto } from './risks-harness';

afterEach(async () => {
  cleanup();
  location.hash = '';
  await serveLocale('en');
});

/** The hostile string the capture tests use: it must only ever be text. */
const hostile = '<img src=x onerror="window.__pwned=1">';

describe('the risk register', () => {
  it('lists every risk by current score with its chip, rating, owner, status, proximity and review', async () => {
    const h = await createWorkspaceHarness();
    await seedRisk(h, {
      title: 'Vendor API late',
      probability: 4,
      impact: 5,
      owner: { name: 'Dana' },
      proximity: 'imminent',
    });
    await seedRisk(h, {
      title: 'Key user leaves',
      probability: 5,
      impact: 5,
      residualProbability: 2,
      residualImpact: 2,
      reviewDate: '2020-01-10',
    });
    await seedRisk(h, { title: 'Budget freeze', probability: 3, impact: 3 });
    await h.render('risks');
    await waitFor(() => expect(listedTitles()).toEqual(['Vendor API late', 'Budget freeze', 'Key user leaves']));

    const first = within(rowOf('Vendor API late'));
    expect(first.getByTestId('risk-row-score').textContent).toBe('20');
    expect(first.getByTestId('risk-row-score').dataset.band).toBe('critical');
    expect(first.getByTestId('risk-row-rating').textContent).toBe('P4 × I5');
    expect(first.getByText('Dana')).toBeTruthy();
    expect(first.getByText('Imminent')).toBeTruthy();
    // Residual once assessed: 2 × 2 = 4, low, "from P5 × I5"; its review is long past.
    const residual = within(rowOf('Key user leaves'));
    expect(residual.getByTestId('risk-row-score').textContent).toBe('4');
    expect(residual.getByText('from P5 × I5')).toBeTruthy();
    expect(residual.getByTestId('risk-row-review').dataset.overdue).toBe('true');
    expect(residual.getByTestId('risk-row-review').textContent).toMatch(/Review overdue \d+ days/);
    expect(screen.getByTestId('risks-count').textContent).toBe('3 of 3 risks');
  });

  it('sorts by a header button, says so with aria-sort, and turns the order on a second click', async () => {
    const h = await createWorkspaceHarness();
    await seedRisk(h, { title: 'Beta', probability: 1, impact: 1 });
    await seedRisk(h, { title: 'alpha', probability: 5, impact: 5 });
    await seedRisk(h, { title: 'Gamma', probability: 3, impact: 3 });
    await h.render('risks');
    await waitFor(() => expect(listedTitles()).toEqual(['alpha', 'Gamma', 'Beta']));
    const scoreHeader = screen.getByTestId('risks-sort-score').closest('th') as HTMLElement;
    expect(scoreHeader.getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(screen.getByTestId('risks-sort-title'));
    expect(listedTitles()).toEqual(['alpha', 'Beta', 'Gamma']);
    expect(screen.getByTestId('risks-sort-title').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    expect(scoreHeader.hasAttribute('aria-sort')).toBe(false);
    fireEvent.click(screen.getByTestId('risks-sort-title'));
    expect(listedTitles()).toEqual(['Gamma', 'Beta', 'alpha']);
    expect(screen.getByTestId('risks-sort-title').closest('th')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('filters by status, owner, band and overdue review, shows each as a removable chip, and clears', async () => {
    const h = await createWorkspaceHarness();
    await seedRisk(h, { title: 'Open high', probability: 4, impact: 3, owner: { name: 'Dana' } });
    await seedRisk(h, {
      title: 'Mitigating low',
      probability: 1,
      impact: 2,
      status: 'mitigating',
      reviewDate: '2020-02-01',
    });
    await seedRisk(h, { title: 'Closed one', probability: 5, impact: 5, status: 'closed', closingReason: 'Passed' });
    await h.render('risks');
    await waitFor(() => expect(listedTitles()).toHaveLength(3));

    fireEvent.click(screen.getByTestId('risks-filter-status'));
    fireEvent.click(screen.getByTestId('risks-filter-status-open'));
    fireEvent.click(screen.getByTestId('risks-filter-status-mitigating'));
    expect(listedTitles()).toEqual(['Open high', 'Mitigating low']);
    expect(screen.getByTestId('risks-count').textContent).toBe('2 of 3 risks');
    expect(screen.getByTestId('risks-chip-status-open').textContent).toContain('Status: Open');

    fireEvent.click(screen.getByTestId('risks-filter-band'));
    fireEvent.click(screen.getByTestId('risks-filter-band-high'));
    expect(listedTitles()).toEqual(['Open high']);
    fireEvent.click(screen.getByTestId('risks-chip-band-high'));
    expect(listedTitles()).toEqual(['Open high', 'Mitigating low']);

    fireEvent.click(screen.getByTestId('risks-filter-overdue'));
    expect(listedTitles()).toEqual(['Mitigating low']);
    expect(screen.getByTestId('risks-filter-overdue').getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByTestId('risks-filters-clear'));
    expect(listedTitles()).toHaveLength(3);
    expect(screen.queryByTestId('risks-chip-status-open')).toBeNull();

    fireEvent.click(screen.getByTestId('risks-filter-owner'));
    fireEvent.click(screen.getByTestId('risks-filter-owner-name:Dana'));
    expect(listedTitles()).toEqual(['Open high']);
    expect(screen.getByTestId('risks-chip-owner').textContent).toContain('Owner: Dana');
  });

  it('searches every word of title and statement; "/" focuses the box and a filter menu closes on Esc', async () => {
    const h = await createWorkspaceHarness();
    await seedRisk(h, { title: 'Délai de recette', cause: 'testers on leave' });
    await seedRisk(h, { title: 'Supplier late' });
    await h.render('risks');
    await waitFor(() => expect(listedTitles()).toHaveLength(2));

    // Preact attaches the listener after the first paint, which a test reaches by waiting.
    await waitFor(() => {
      fireEvent.keyDown(document.body, { key: '/' });
      expect(document.activeElement).toBe(screen.getByTestId('risks-search'));
    });
    typeInto('risks-search', 'delai LEAVE');
    expect(listedTitles()).toEqual(['Délai de recette']);
    expect(screen.getByTestId('risks-chip-text').textContent).toContain('Search: “delai LEAVE”');
    expect(screen.getByTestId('risks-count').textContent).toBe('1 of 2 risks');

    fireEvent.click(screen.getByTestId('risks-filter-status'));
    const menu = screen.getByTestId('risks-filter-status-menu');
    expect(menu.hidden).toBe(false);
    fireEvent.keyDown(screen.getByTestId('risks-filter-status-open'), { key: 'Escape' });
    expect(menu.hidden).toBe(true);
    expect(document.activeElement).toBe(screen.getByTestId('risks-filter-status'));
  });

  it('draws the first 200 of 2,000 rows and the next ones on "Show more"', async () => {
    const h = await createWorkspaceHarness();
    // Straight into the local store: 2,000 mutations would only slow the test, not prove more.
    const now = '2026-01-01T00:00:00.000Z';
    await writeRecords(
      h.db,
      h.workspaceId,
      Array.from({ length: 2000 }, (_, index) => {
        const id = crypto.randomUUID();
        const value = {
          id,
          projectId: h.projectId,
          title: `Risk ${String(index).padStart(4, '0')}`,
          kind: 'threat',
          status: 'open',
          probability: (index % 5) + 1,
          impact: ((index >> 2) % 5) + 1,
          createdAt: now,
          createdBy: h.member.id,
          updatedAt: now,
          updatedBy: h.member.id,
          version: 1,
        };
        return { entity: 'risk' as const, id, value };
      }),
    );
    await h.render('risks');
    await waitFor(() => expect(screen.getAllByTestId('risk-row')).toHaveLength(200));
    expect(screen.getByTestId('risks-count').textContent).toBe('2000 of 2000 risks');
    fireEvent.click(screen.getByTestId('risks-show-more'));
    expect(screen.getAllByTestId('risk-row')).toHaveLength(400);
    const cellCount = Number(screen.getByTestId('risks-heat-cell-5-5').dataset.count);
    fireEvent.click(screen.getByTestId('risks-heat-cell-5-5'));
    expect(screen.getAllByTestId('risk-row')).toHaveLength(Math.min(cellCount, 200));
  });
});

describe('the heat map', () => {
  it('counts open risks per cell in band colours, and a cell filters the register to exactly its risks', async () => {
    const h = await createWorkspaceHarness();
    const seeded: Risk[] = [];
    const add = async (fields: Partial<Risk> & { title: string }) => {
      const id = await seedRisk(h, fields);
      seeded.push((await readRecord<Risk>(h, 'risk', id)) as Risk);
    };
    await add({ title: 'A', probability: 4, impact: 3 });
    await add({ title: 'B', probability: 4, impact: 3, residualProbability: 2, residualImpact: 2 });
    await add({ title: 'C', probability: 2, impact: 2 });
    await add({ title: 'D', probability: 4, impact: 3, status: 'closed', closingReason: 'Gone' });
    await h.render('risks');
    await waitFor(() => expect(listedTitles()).toHaveLength(4));

    const cell = screen.getByTestId('risks-heat-cell-4-3');
    // Residual by default: A stays at 4 × 3; B moved to 2 × 2; D is closed and not counted.
    expect(cell.dataset.count).toBe('1');
    expect(cell.dataset.band).toBe('high');
    expect(screen.getByTestId('risks-heat-cell-2-2').dataset.count).toBe('2');
    fireEvent.click(cell);
    expect(listedTitles()).toEqual(['A']);
    expect(cell.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('risks-chip-cell').textContent).toContain('Cell: P4 × I3 (Residual)');

    // Inherent: the same cell now holds A and B, exactly what buildHeatMap counts there.
    fireEvent.click(screen.getByTestId('risks-heat-basis-inherent'));
    const inherentCell = screen.getByTestId('risks-heat-cell-4-3');
    expect(inherentCell.dataset.count).toBe('2');
    fireEvent.click(inherentCell);
    const expected = buildHeatMap(seeded, 5, 'inherent').riskIds[3][2];
    expect(
      screen
        .getAllByTestId('risk-row')
        .map((row) => row.dataset.riskId)
        .sort(),
    ).toEqual([...expected].sort());
    expect(screen.getByTestId('risks-chip-cell').textContent).toContain('(Inherent)');

    // Enter on the selected cell clears it; arrows move between cells.
    fireEvent.keyDown(inherentCell, { key: 'Enter' });
    expect(listedTitles()).toHaveLength(4);
    expect(screen.queryByTestId('risks-chip-cell')).toBeNull();
    fireEvent.keyDown(inherentCell, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('risks-heat-cell-3-3'));
  });

  it('follows the workspace matrix: a 3 × 3 map, its bands, and what no longer fits listed apart', async () => {
    const h = await createWorkspaceHarness();
    await h.seed('settings.create', {
      riskMatrix: { size: 3, probabilityLabels: ['Low', 'Medium', 'High'], impactLabels: ['Minor', 'Major', 'Severe'] },
    });
    await seedRisk(h, { title: 'Fits', probability: 2, impact: 3 });
    await seedRisk(h, { title: 'Too big now', probability: 5, impact: 4 });
    await h.render('risks');
    await waitFor(() => expect(screen.getAllByTestId(/^risks-heat-cell-/)).toHaveLength(9));
    // On 3 × 3 the bands start at 2, 4 and 6 (shared/risk-score.ts): 2 × 3 = 6 is critical.
    expect(screen.getByTestId('risks-heat-cell-2-3').dataset.band).toBe('critical');
    expect(within(rowOf('Fits')).getByTestId('risk-row-score').dataset.band).toBe('critical');
    expect(screen.getByTestId('risks-heat-cell-2-3').getAttribute('aria-label')).toBe(
      'Probability 2 (Medium) × impact 3 (Severe): 1 risk',
    );
    expect(screen.getByTestId('risks-heat-outside').textContent).toBe('1 risk is rated outside the matrix.');
  });

  it('gives screen readers a table of the counts and names each cell with its ratings', async () => {
    const h = await createWorkspaceHarness();
    await seedRisk(h, { title: 'A', probability: 5, impact: 1 });
    await h.render('risks');
    await waitFor(() => expect(screen.getByTestId('risks-heat-cell-5-1').dataset.count).toBe('1'));
    const table = screen.getByTestId('risks-heat-table');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(within(table).getByText('Probability 5 (Almost certain)')).toBeTruthy();
    expect(screen.getByTestId('risks-heat-cell-5-1').getAttribute('aria-label')).toBe(
      'Probability 5 (Almost certain) × impact 1 (Negligible): 1 risk',
    );
  });
});

describe('the risk editor', () => {
  it('re-rates the residual probability × impact: the row’s score and band follow', async () => {
    const h = await createWorkspaceHarness();
    await seedRisk(h, { title: 'Vendor API late', probability: 4, impact: 4 });
    await h.render('risks');
    await waitFor(() => expect(within(rowOf('Vendor API late')).getByTestId('risk-row-score').textContent).toBe('16'));

    await openRisk('Vendor API late');
    fireEvent.click(screen.getByTestId('risk-assess-residual'));
    fireEvent.click(screen.getByTestId('risk-residual-probability-2'));
    fireEvent.click(screen.getByTestId('risk-residual-impact-3'));
    expect(screen.getByTestId('risk-residual-score').textContent).toBe('6');
    expect(screen.getByTestId('risk-editor-state').textContent).toBe('Unsaved changes');
    fireEvent.click(screen.getByTestId('risk-save'));

    await waitFor(() => expect(within(rowOf('Vendor API late')).getByTestId('risk-row-score').textContent).toBe('6'));
    expect(within(rowOf('Vendor API late')).getByTestId('risk-row-score').dataset.band).toBe('medium');
    expect(screen.getByTestId('risk-editor-score').textContent).toBe('6');
    await waitFor(() => expect(screen.getByTestId('risk-editor-state').textContent).toBe('Saved.'));
  });

  it('edits every field and sends only what changed, each with the value it held as expected', async () => {
    const h = await createWorkspaceHarness();
    const personId = await h.seed('person.create', { name: 'Dana Scully', email: 'dana@example.com' });
    const id = await seedRisk(h, { title: 'Vendor API late', description: 'As before' });
    await h.render('risks', id);
    await screen.findByTestId('risk-editor');
    h.sent.length = 0;

    typeInto('risk-cause', 'a single vendor');
    typeInto('risk-event', 'the API ships late');
    typeInto('risk-effect', 'integration slips');
    expect(screen.getByTestId('risk-statement-hint').textContent).toBe(
      'Because of a single vendor, the API ships late may happen, leading to integration slips.',
    );
    typeInto('risk-category', 'Supplier');
    typeInto('risk-owner', 'dana scully');
    typeInto('risk-costImpact', '25000');
    choose('risk-proximity', 'this_phase');
    choose('risk-responseStrategy', 'mitigate');
    typeInto('risk-responseActions', 'Weekly vendor call');
    typeInto('risk-triggers', 'Missed sprint demo');
    typeInto('risk-contingencyPlan', 'Mock the API');
    typeInto('risk-reviewDate', '2026-10-01');
    choose('risk-status', 'mitigating');
    fireEvent.click(screen.getByTestId('risk-probability-5'));
    fireEvent.click(screen.getByTestId('risk-save'));

    await waitFor(async () => expect((await readRecord<Risk>(h, 'risk', id))?.status).toBe('mitigating'));
    const risk = (await readRecord<Risk>(h, 'risk', id)) as Risk;
    expect(risk).toMatchObject({
      cause: 'a single vendor',
      category: 'Supplier',
      owner: { name: 'Dana Scully', personId },
      costImpact: 25000,
      proximity: 'this_phase',
      responseStrategy: 'mitigate',
      reviewDate: '2026-10-01',
      probability: 5,
      description: 'As before',
    });
    type UpdateInput = { name?: string; args: { patch: Record<string, unknown>; expected: Record<string, unknown> } };
    const update = h.sent.find((message) => (message.input as UpdateInput).name === 'risk.update');
    const { args } = (update as { input: UpdateInput }).input;
    expect(Object.keys(args.patch)).not.toContain('description');
    expect(args.expected).toEqual({ probability: 3, status: 'open' });
  });

  it('asks for a reason before closing, and keeps it', async () => {
    const h = await createWorkspaceHarness();
    const id = await seedRisk(h, { title: 'Licence renewal' });
    await h.render('risks', id);
    await screen.findByTestId('risk-editor');
    choose('risk-status', 'closed');
    fireEvent.click(screen.getByTestId('risk-save'));
    expect((await screen.findByTestId('risk-closingReason-error')).textContent).toBe(
      'Say why the risk is closed, then save again.',
    );
    expect((await readRecord<Risk>(h, 'risk', id))?.status).toBe('open');

    typeInto('risk-closingReason', 'Renewed for three years');
    fireEvent.click(screen.getByTestId('risk-save'));
    await waitFor(async () =>
      expect(await readRecord<Risk>(h, 'risk', id)).toMatchObject({
        status: 'closed',
        closingReason: 'Renewed for three years',
      }),
    );
  });

  it('escalates to whom and why', async () => {
    const h = await createWorkspaceHarness();
    const id = await seedRisk(h, { title: 'Data centre move', probability: 5, impact: 4 });
    await h.render('risks', id);
    await screen.findByTestId('risk-editor');
    expect(screen.getByTestId('risk-escalation').textContent).toContain('Score 20 is above');

    fireEvent.click(screen.getByTestId('risk-escalate'));
    await screen.findByTestId('risk-escalate-dialog');
    fireEvent.click(screen.getByTestId('risk-escalate-confirm'));
    expect((await screen.findByTestId('risk-escalate-error')).textContent).toBe('Say to whom the risk goes.');
    typeInto('risk-escalate-to', 'Programme board');
    typeInto('risk-escalate-reason', 'Beyond the project budget');
    fireEvent.click(screen.getByTestId('risk-escalate-confirm'));

    await waitFor(async () =>
      expect(await readRecord<Risk>(h, 'risk', id)).toMatchObject({
        escalatedTo: 'Programme board',
        escalationReason: 'Beyond the project budget',
      }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('risk-escalation').textContent).toContain('Escalated to Programme board'),
    );
    expect(screen.getByTestId('risk-editor-state').textContent).toBe('Escalated to Programme board.');
    expect(within(rowOf('Data centre move')).getByText('Escalated')).toBeTruthy();
  });

  it('turns an occurred risk into a linked issue and opens it in RAID', async () => {
    const h = await createWorkspaceHarness();
    const id = await seedRisk(h, { title: 'Go-live slips', owner: { name: 'Dana' } });
    await h.render('risks', id);
    await screen.findByTestId('risk-editor');
    fireEvent.click(screen.getByTestId('risk-occurred'));
    fireEvent.click(await screen.findByTestId('risk-occurred-confirm'));

    await waitFor(() => expect(location.hash).toMatch(new RegExp(`^#/projects/${h.projectId}/raid/[0-9a-f-]{36}$`)));
    const issueId = location.hash.split('/').at(-1) as string;
    expect(await readRecord<Issue>(h, 'issue', issueId)).toMatchObject({
      riskId: id,
      title: 'Go-live slips',
      owner: { name: 'Dana' },
    });
    expect(await readRecord<Risk>(h, 'risk', id)).toMatchObject({ status: 'occurred', issueId });
  });

  it('lists the linked issue and actions, and follows a link to RAID', async () => {
    const h = await createWorkspaceHarness();
    const id = await seedRisk(h, { title: 'Vendor API late' });
    const actionId = await h.seed('action.create', {
      projectId: h.projectId,
      title: 'Call the vendor',
      dueDate: '2026-10-02',
      link: { entity: 'risk', id },
    });
    await h.seed('action.create', { projectId: h.projectId, title: 'Unrelated' });
    await h.render('risks', id);
    const links = await screen.findByTestId('risk-links');
    expect(within(links).getByText('Call the vendor')).toBeTruthy();
    expect(within(links).queryByText('Unrelated')).toBeNull();
    fireEvent.click(screen.getByTestId(`risk-link-${actionId}`));
    await waitFor(() => expect(location.hash).toBe(`#/projects/${h.projectId}/raid/${actionId}`));
  });

  it('deletes after confirming, and the address goes back to the register', async () => {
    const h = await createWorkspaceHarness();
    const id = await seedRisk(h, { title: 'Obsolete' });
    await h.render('risks', id);
    await screen.findByTestId('risk-editor');
    fireEvent.click(screen.getByTestId('risk-delete'));
    fireEvent.click(await screen.findByTestId('risk-delete-confirm'));
    await waitFor(() => expect(location.hash).toBe(`#/projects/${h.projectId}/risks`));
    expect(await readRecord(h, 'risk', id)).toBeUndefined();
    expect(screen.queryByTestId('risk-missing')).toBeNull();
    await waitFor(() => expect(listedTitles()).toEqual([]));
  });

  it('creates a new risk, then keeps it open at its own address', async () => {
    const h = await createWorkspaceHarness();
    await h.render('risks');
    fireEvent.click(await screen.findByTestId('risks-new'));
    await screen.findByTestId('risk-editor');
    fireEvent.click(screen.getByTestId('risk-save'));
    expect((await screen.findByTestId('risk-title-error')).textContent).toBe('Give the risk a title.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('risk-title')));
    typeInto('risk-title', 'Cutover weekend clash');
    fireEvent.click(screen.getByTestId('risk-impact-4'));
    fireEvent.click(screen.getByTestId('risk-save'));
    await waitFor(() => expect(listedTitles()).toEqual(['Cutover weekend clash']));
    const id = location.hash.split('/').at(-1) as string;
    expect(await readRecord<Risk>(h, 'risk', id)).toMatchObject({
      title: 'Cutover weekend clash',
      probability: 3,
      impact: 4,
    });
    await waitFor(() => expect(screen.getByTestId('risk-editor-title').textContent).toBe('Cutover weekend clash'));
  });

  it('closes on Esc back to the register, but asks first when changes are unsaved', async () => {
    const h = await createWorkspaceHarness();
    const id = await seedRisk(h, { title: 'Vendor API late' });
    await h.render('risks');
    const link = (await screen.findAllByTestId('risk-row-title'))[0];
    link.focus();
    fireEvent.keyDown(rowOf('Vendor API late'), { key: 'Enter' });
    const editor = await screen.findByTestId('risk-editor');
    expect(location.hash).toBe(`#/projects/${h.projectId}/risks/${id}`);

    typeInto('risk-title', 'Changed');
    fireEvent(editor, new Event('cancel', { cancelable: true }));
    expect(screen.getByTestId('risk-discard')).toBeTruthy();
    fireEvent.click(screen.getByTestId('risk-discard-cancel'));
    expect((screen.getByTestId('risk-title') as HTMLInputElement).value).toBe('Changed');

    typeInto('risk-title', 'Vendor API late');
    fireEvent(editor, new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByTestId('risk-editor')).toBeNull());
    expect(location.hash).toBe(`#/projects/${h.projectId}/risks`);
    expect(document.activeElement).toBe(link);
  });

  it('shows both values when someone else changed the field meanwhile, and "Use mine" stores mine', async () => {
    const h = await createWorkspaceHarness();
    const id = await seedRisk(h, { title: 'Vendor API late', category: 'Supplier' });
    await h.render('risks', id);
    await screen.findByTestId('risk-editor');
    typeInto('risk-title', 'Vendor API very late');
    typeInto('risk-category', 'Vendor');

    // Another member renames it while the form is open; the untouched fields follow the live record.
    await h.seed('risk.update', { id, patch: { title: 'Vendor API blocked', description: 'Theirs' } });
    await waitFor(() => expect(screen.getByTestId('risk-editor-title').textContent).toBe('Vendor API blocked'));
    expect((screen.getByTestId('risk-description') as HTMLTextAreaElement).value).toBe('Theirs');
    expect((screen.getByTestId('risk-title') as HTMLInputElement).value).toBe('Vendor API very late');

    fireEvent.click(screen.getByTestId('risk-save'));
    const conflict = await screen.findByTestId('edit-conflict');
    expect(conflict.dataset.field).toBe('title');
    expect(within(conflict).getByTestId('conflict-theirs').textContent).toBe('Vendor API blocked');
    expect(within(conflict).getByTestId('conflict-yours').textContent).toBe('Vendor API very late');
    expect(conflict.textContent).toContain('Someone else changed “Title”');
    // Nothing of the refused edit was stored.
    expect((await readRecord<Risk>(h, 'risk', id))?.category).toBe('Supplier');

    fireEvent.click(within(conflict).getByTestId('conflict-use-mine'));
    await waitFor(async () =>
      expect(await readRecord<Risk>(h, 'risk', id)).toMatchObject({
        title: 'Vendor API very late',
        category: 'Vendor',
        description: 'Theirs',
      }),
    );
    await waitFor(() => expect(screen.queryByTestId('edit-conflict')).toBeNull());
  });

  it('"Keep theirs" takes their value into the form and still saves the rest', async () => {
    const h = await createWorkspaceHarness();
    const id = await seedRisk(h, { title: 'Vendor API late', category: 'Supplier' });
    await h.render('risks', id);
    await screen.findByTestId('risk-editor');
    typeInto('risk-title', 'Mine');
    typeInto('risk-category', 'Vendor');
    await h.seed('risk.update', { id, patch: { title: 'Theirs' } });
    fireEvent.click(screen.getByTestId('risk-save'));
    fireEvent.click(within(await screen.findByTestId('edit-conflict')).getByTestId('conflict-keep-theirs'));
    await waitFor(async () =>
      expect(await readRecord<Risk>(h, 'risk', id)).toMatchObject({ title: 'Theirs', category: 'Vendor' }),
    );
    await waitFor(() => expect((screen.getByTestId('risk-title') as HTMLInputElement).value).toBe('Theirs'));
  });

  it('lists the conflicts the server reported after an offline edit synced, with the field named', async () => {
    const h = await createWorkspaceHarness();
    const id = await seedRisk(h, { title: 'Vendor API late', owner: { name: 'Dana' } });
    // The refusal as sync stores it (store-mutation-errors.ts): the args the user sent and what the field holds now.
    await h.db.mutationErrors.put({
      workspaceId: h.workspaceId,
      clientId: 'offline-client',
      id: 7,
      name: 'risk.update',
      args: { id, patch: { owner: { name: 'Marc' } }, expected: { owner: { name: 'Zoé' } } },
      error: {
        code: 'precondition_failed',
        message: 'changed',
        details: { field: 'owner', expected: { name: 'Zoé' }, actual: { name: 'Dana' } },
      },
      receivedAt: '2026-12-05T10:00:00.000Z',
      dismissed: 0,
    });
    await h.render('risks', id);
    const conflict = await screen.findByTestId('edit-conflict');
    expect(conflict.textContent).toContain('Someone else changed “Owner”');
    expect(within(conflict).getByTestId('conflict-theirs').textContent).toBe('Dana');
    expect(within(conflict).getByTestId('conflict-yours').textContent).toBe('Marc');
    fireEvent.click(within(conflict).getByTestId('conflict-use-mine'));
    await waitFor(async () => expect((await readRecord<Risk>(h, 'risk', id))?.owner?.name).toBe('Marc'));
  });

  it('says so when the address names a risk that is gone', async () => {
    const h = await createWorkspaceHarness();
    await h.render('risks', crypto.randomUUID());
    expect((await screen.findByTestId('risk-missing')).textContent).toContain('This risk no longer exists');
  });
});

describe('roles, hostile text and languages', () => {
  it('shows a viewer the register and every field, with no control that would be refused', async () => {
    const h = await createWorkspaceHarness();
    const id = await seedRisk(h, {
      title: 'Vendor API late',
      residualProbability: 2,
      residualImpact: 2,
      responseStrategy: 'mitigate',
      closingReason: undefined,
    });
    await renderAsViewer(h, id);
    const editor = await screen.findByTestId('risk-editor');
    expect(screen.queryByTestId('risks-new')).toBeNull();
    expect(within(editor).getByTestId('risk-details')).toBeTruthy();
    expect(within(editor).getByTestId('risk-details-title').textContent).toContain('Vendor API late');
    expect(within(editor).getByText('Mitigate')).toBeTruthy();
    for (const control of ['risk-save', 'risk-escalate', 'risk-occurred', 'risk-delete', 'risk-title']) {
      expect(screen.queryByTestId(control), control).toBeNull();
    }
    expect(editor.querySelectorAll('input, select, textarea')).toHaveLength(0);
    expect(editor.textContent).toContain('Your role lets you read this risk');
  });

  it('renders a hostile title as text in the table, the editor and the heat-map tooltip', async () => {
    const h = await createWorkspaceHarness();
    const id = await seedRisk(h, { title: hostile, probability: 2, impact: 4, cause: hostile });
    await h.render('risks');
    await waitFor(() => expect(listedTitles()).toEqual([hostile]));
    expect(document.querySelector('img')).toBeNull();
    const tooltip = screen.getByTestId('risks-heat-cell-2-4').querySelector('title');
    expect(tooltip?.textContent).toContain(`• ${hostile}`);
    expect(tooltip?.children).toHaveLength(0);

    fireEvent.click(screen.getByTestId('risk-row-title'));
    await screen.findByTestId('risk-editor');
    expect(location.hash.endsWith(id)).toBe(true);
    expect(screen.getByTestId('risk-editor-title').textContent).toBe(hostile);
    expect((screen.getByTestId('risk-title') as HTMLInputElement).value).toBe(hostile);
    expect(screen.getByTestId('risk-statement-hint').textContent).toContain(hostile);
    expect(document.querySelector('img')).toBeNull();
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('speaks French: labels, count, band words and the closing rule', async () => {
    await serveLocale('fr');
    const h = await createWorkspaceHarness();
    const id = await seedRisk(h, { title: 'Retard du fournisseur', probability: 4, impact: 4 });
    await h.render('risks');
    await waitFor(() => expect(listedTitles()).toEqual(['Retard du fournisseur']));
    expect(screen.getByTestId('risks-new').textContent).toBe('Nouveau risque');
    expect(screen.getByTestId('risks-count').textContent).toBe('1 sur 1 risque');
    expect(screen.getByTestId('risks-sort-title').textContent).toContain('Risque');
    expect(screen.getByTestId('risks-heat-cell-4-4').getAttribute('aria-label')).toBe(
      'Probabilité 4 (Probable) × impact 4 (Majeur) : 1 risque',
    );
    expect(within(rowOf('Retard du fournisseur')).getByText('Ouvert')).toBeTruthy();

    fireEvent.click(screen.getByTestId('risk-row-title'));
    await screen.findByTestId('risk-editor');
    expect(location.hash.endsWith(id)).toBe(true);
    expect(screen.getByTestId('risk-save').textContent).toBe('Enregistrer');
    choose('risk-status', 'closed');
    fireEvent.click(screen.getByTestId('risk-save'));
    expect((await screen.findByTestId('risk-closingReason-error')).textContent).toBe(
      'Indiquez pourquoi le risque est clos, puis enregistrez à nouveau.',
    );
  });
});
