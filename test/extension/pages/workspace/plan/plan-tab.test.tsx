import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { schedulePlan } from '../../../../../shared/analytics/schedule/plan-schedule';
import type { Milestone, PlanItem } from '../../../../../shared/schemas/plan';
import { serveLocale } from '../../../serve-locale';
import { createWorkspaceHarness } from '../workspace-harness';
import { calendar, day0, readAll, readRecord, renderPlanAs, seedPlan, workday } from './plan-kit';

afterEach(async () => {
  cleanup();
  location.hash = '';
  await serveLocale('en');
});

const hostile = '<img src=x onerror="window.__pwned=1">';

describe('the Gantt', () => {
  it('draws a slipped milestone against its baseline and marks the critical path the shared CPM finds', async () => {
    const h = await createWorkspaceHarness();
    const ids = await seedPlan(h);
    await h.render('plan');
    await screen.findByTestId('gantt');

    const forecast = Number(screen.getByTestId(`gantt-forecast-${ids.goLiveId}`).getAttribute('data-x'));
    const baseline = Number(screen.getByTestId(`gantt-baseline-${ids.goLiveId}`).getAttribute('data-x'));
    expect(forecast).toBeGreaterThan(baseline);

    const milestones = (await readAll(h, 'milestone')) as unknown as Milestone[];
    const planItems = (await readAll(h, 'planItem')) as unknown as PlanItem[];
    const expected = schedulePlan({ milestones, planItems, calendar, projectStart: '2026-09-01', today: day0 });
    expect(new Set(expected.criticalTaskIds)).toEqual(new Set([ids.buildId, ids.testId, ids.goLiveId]));
    const marked = within(screen.getByTestId('gantt-rows'))
      .getAllByRole('option')
      .filter((row) => row.getAttribute('data-critical') === 'true')
      .map((row) => row.id.replace('gantt-row-', ''));
    expect(new Set(marked)).toEqual(new Set(expected.criticalTaskIds));
    expect(screen.getByTestId(`gantt-bars-${ids.docsId}`).getAttribute('data-critical')).toBe('false');
    // The table alternative says the same, in words.
    fireEvent.click(screen.getByTestId('plan-view-table'));
    const row = await screen.findByTestId(`plan-row-${ids.goLiveId}`);
    expect(row.getAttribute('data-critical')).toBe('true');
    expect(within(row).getByTestId(`plan-variance-${ids.goLiveId}`).textContent).toBe('+5 wd');
  });

  it('moves between rows with the arrow keys and opens the chosen one with Enter', async () => {
    const h = await createWorkspaceHarness();
    const ids = await seedPlan(h);
    await h.render('plan');
    const listbox = await screen.findByTestId('gantt-rows');
    const options = within(listbox).getAllByRole('option');
    expect(listbox.getAttribute('aria-activedescendant')).toBe(options[0].id);
    fireEvent.keyDown(listbox, { key: 'ArrowDown' });
    expect(listbox.getAttribute('aria-activedescendant')).toBe(options[1].id);
    fireEvent.keyDown(listbox, { key: 'End' });
    expect(listbox.getAttribute('aria-activedescendant')).toBe(`gantt-row-${ids.goLiveId}`);
    fireEvent.keyDown(listbox, { key: 'Enter' });
    expect(await screen.findByTestId('milestone-editor')).toBeTruthy();
    expect(location.hash).toContain(`/plan/${ids.goLiveId}`);
  });

  it('outlines where its predecessors push an item that starts before they finish', async () => {
    const h = await createWorkspaceHarness();
    const ids = await seedPlan(h);
    const earlyId = await h.seed('planItem.create', {
      projectId: h.projectId,
      title: 'Deploy',
      start: day0,
      durationDays: 1,
      predecessors: [{ predecessorId: ids.buildId, lagDays: 0 }],
    });
    await h.render('plan');
    await screen.findByTestId(`gantt-pushed-${earlyId}`);
    expect(screen.getByTestId(`gantt-row-${earlyId}`).getAttribute('aria-label')).toContain('pushed to');
    expect(screen.queryByTestId(`gantt-pushed-${ids.testId}`)).toBeNull();
  });

  it('lays the axis out by week, month or quarter', async () => {
    const h = await createWorkspaceHarness();
    await seedPlan(h);
    await h.render('plan');
    await screen.findByTestId('gantt');
    fireEvent.click(screen.getByTestId('plan-zoom-quarter'));
    expect(screen.getByTestId('plan-zoom-quarter').getAttribute('aria-pressed')).toBe('true');
    const quarter = Math.floor((Number(day0.slice(5, 7)) - 1) / 3) + 1;
    expect(screen.getByTestId('gantt').textContent).toContain(`Q${quarter} ${day0.slice(0, 4)}`);
    fireEvent.click(screen.getByTestId('plan-zoom-week'));
    const monday = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${day0}T00:00:00Z`),
    );
    expect(screen.getByTestId('gantt').textContent).toContain(monday);
  });
});

describe('editing the plan', () => {
  it('opens the item the address names and saves its duration and a new predecessor with what it expected', async () => {
    const h = await createWorkspaceHarness();
    const ids = await seedPlan(h);
    await h.render('plan', ids.docsId);
    const editor = within(await screen.findByTestId('planItem-editor'));
    fireEvent.input(editor.getByTestId('plan-durationDays'), { target: { value: '4' } });
    fireEvent.change(editor.getByTestId('plan-predecessors-pick'), { target: { value: ids.buildId } });
    fireEvent.click(editor.getByTestId('plan-predecessors-add'));
    fireEvent.input(editor.getByTestId('plan-predecessors-lag-0'), { target: { value: '2' } });
    fireEvent.click(editor.getByTestId('plan-save'));
    await waitFor(async () => {
      const stored = await readRecord(h, 'planItem', ids.docsId);
      expect(stored?.durationDays).toBe(4);
      expect(stored?.predecessors).toEqual([{ predecessorId: ids.buildId, lagDays: 2 }]);
    });
    const sent = h.sent
      .filter((message) => message.type === 'mutate')
      .map((message) => message.input as { name: string; args: { expected?: Record<string, unknown> } })
      .find((input) => input.name === 'planItem.update');
    expect(sent?.args.expected).toEqual({ durationDays: 1, predecessors: [] });
  });

  it('shows theirs and yours when someone else changed the field meanwhile', async () => {
    const h = await createWorkspaceHarness();
    const ids = await seedPlan(h);
    await h.render('plan', ids.docsId);
    const editor = within(await screen.findByTestId('planItem-editor'));
    fireEvent.input(editor.getByTestId('plan-percentComplete'), { target: { value: '50' } });
    // Another edit lands first, made with no precondition, as a second browser's would.
    await h.seed('planItem.update', { id: ids.docsId, patch: { percentComplete: 80 } });
    fireEvent.click(editor.getByTestId('plan-save'));
    const conflict = await screen.findByTestId('edit-conflict');
    expect(within(conflict).getByTestId('conflict-theirs').textContent).toBe('80');
    expect(within(conflict).getByTestId('conflict-yours').textContent).toBe('50');
    fireEvent.click(within(conflict).getByTestId('conflict-use-mine'));
    await waitFor(async () => expect((await readRecord(h, 'planItem', ids.docsId))?.percentComplete).toBe(50));
  });

  it('creates a milestone and moves its forecast with a reason through milestone.reschedule', async () => {
    const h = await createWorkspaceHarness();
    await h.render('plan');
    fireEvent.click(await screen.findByTestId('plan-new-milestone'));
    const editor = within(await screen.findByTestId('milestone-editor'));
    fireEvent.input(editor.getByTestId('plan-title'), { target: { value: 'UAT done' } });
    fireEvent.input(editor.getByTestId('plan-forecastDate'), { target: { value: workday(10) } });
    fireEvent.input(editor.getByTestId('plan-baselineDate'), { target: { value: workday(10) } });
    fireEvent.click(editor.getByTestId('plan-save'));
    await waitFor(() => expect(location.hash).toMatch(/\/plan\/[0-9a-f-]{36}$/));
    const id = location.hash.split('/').pop() as string;

    fireEvent.click(await screen.findByTestId('plan-reschedule'));
    const dialog = within(await screen.findByTestId('plan-move-forecast'));
    fireEvent.input(dialog.getByTestId('plan-move-date'), { target: { value: workday(20) } });
    fireEvent.click(dialog.getByTestId('plan-move-confirm'));
    expect((await dialog.findByTestId('plan-move-error')).textContent).toContain('reason');
    fireEvent.input(dialog.getByTestId('plan-move-reason'), { target: { value: 'Vendor late by two weeks' } });
    fireEvent.click(dialog.getByTestId('plan-move-confirm'));
    await waitFor(async () => {
      const stored = (await readRecord(h, 'milestone', id)) as unknown as Milestone;
      expect(stored.forecastDate).toBe(workday(20));
      expect(stored.dateChanges?.at(-1)).toMatchObject({
        kind: 'forecast',
        from: workday(10),
        to: workday(20),
        reason: 'Vendor late by two weeks',
      });
    });
    expect(h.sent.some((message) => (message.input as { name?: string }).name === 'milestone.reschedule')).toBe(true);
    await waitFor(() => expect(screen.getByTestId('plan-editor-variance').textContent).toBe('+10 wd'));
  });
});

describe('baselines', () => {
  it('takes a named baseline of every date and compares it with the plan after a slip', async () => {
    const h = await createWorkspaceHarness();
    const ids = await seedPlan(h);
    await h.render('plan');
    fireEvent.click(await screen.findByTestId('plan-take-baseline-open'));
    const dialog = within(await screen.findByTestId('plan-take-baseline'));
    expect((dialog.getByTestId('plan-baseline-name') as HTMLInputElement).value).toBe('Baseline 1');
    fireEvent.click(dialog.getByTestId('plan-baseline-confirm'));
    await waitFor(async () => expect(await readAll(h, 'baseline')).toHaveLength(1));
    const [baseline] = await readAll(h, 'baseline');
    expect(baseline.name).toBe('Baseline 1');
    expect(baseline.items).toContainEqual({
      planItemId: ids.buildId,
      start: day0,
      end: workday(4),
      plannedValue: 5000,
    });
    expect(baseline.milestones).toContainEqual({ milestoneId: ids.goLiveId, date: workday(7) });

    await h.seed('milestone.reschedule', { id: ids.goLiveId, forecastDate: workday(17), reason: 'Re-plan' });
    const compare = within(await screen.findByTestId('plan-compare'));
    await waitFor(() => expect(compare.getByTestId(`plan-shift-${ids.goLiveId}`).textContent).toBe('+10 wd'));
    expect(compare.getByTestId('plan-compare-summary').textContent).toContain('1 moved');
  });
});

describe('milestone trend and slips', () => {
  it('has a point per submitted report and lists the slipped milestone first', async () => {
    const h = await createWorkspaceHarness();
    const ids = await seedPlan(h);
    for (const [periodEnd, forecastDate] of [
      ['2026-10-02', workday(2)],
      ['2026-10-16', workday(5)],
      ['2026-10-30', workday(7)],
    ]) {
      const reportId = await h.seed('statusReport.create', {
        projectId: h.projectId,
        periodStart: '2026-09-01',
        periodEnd,
        overall: { chosen: 'green' },
        milestoneForecasts: [{ milestoneId: ids.goLiveId, forecastDate }],
      });
      await h.seed('status.submit', { id: reportId });
    }
    // A draft is no reading.
    await h.seed('statusReport.create', {
      projectId: h.projectId,
      periodStart: '2026-11-01',
      periodEnd: '2026-11-13',
      overall: { chosen: 'green' },
      milestoneForecasts: [{ milestoneId: ids.goLiveId, forecastDate: workday(30) }],
    });
    await h.render('plan');
    const line = await screen.findByTestId(`plan-mta-line-${ids.goLiveId}`);
    expect(within(line).getAllByTestId('plan-mta-point')).toHaveLength(3);
    expect(screen.getByTestId(`plan-mta-row-${ids.goLiveId}`).textContent).toContain('slipping');

    const slips = within(screen.getByTestId('plan-slips-table')).getAllByRole('row').slice(1);
    expect(slips[0].getAttribute('data-testid')).toBe(`plan-slip-${ids.goLiveId}`);
    expect(screen.getByTestId(`plan-slip-days-${ids.goLiveId}`).textContent).toBe('+5 wd');
  });
});

describe('who reads it, and how', () => {
  it('speaks French', async () => {
    await serveLocale('fr');
    const h = await createWorkspaceHarness();
    const ids = await seedPlan(h);
    await h.render('plan');
    expect((await screen.findByTestId('plan-new-milestone')).textContent).toBe('Nouveau jalon');
    expect(screen.getByTestId('plan-slips').textContent).toContain('Glissement des jalons');
    expect(screen.getByTestId(`plan-slip-days-${ids.goLiveId}`).textContent).toBe('+5 j.o.');
    expect(screen.getByTestId('plan-compare').textContent).toContain('Pas encore de référence');
  });

  it('gives a viewer a read-only plan: no create, no move, no form, no dead button', async () => {
    const h = await createWorkspaceHarness();
    const ids = await seedPlan(h);
    await renderPlanAs(h, 'viewer', ids.goLiveId);
    const editor = within(await screen.findByTestId('milestone-editor'));
    expect(editor.getByTestId('plan-readonly-note').textContent).toContain('Viewer');
    expect(editor.queryByTestId('plan-save')).toBeNull();
    expect(editor.queryByTestId('plan-reschedule')).toBeNull();
    expect(editor.queryByTestId('plan-rebaseline')).toBeNull();
    expect(editor.queryByRole('textbox')).toBeNull();
    fireEvent.click(editor.getByTestId('plan-editor-close'));
    await waitFor(() => expect(screen.queryByTestId('milestone-editor')).toBeNull());
    expect(screen.queryByTestId('plan-new-milestone')).toBeNull();
    expect(screen.queryByTestId('plan-new-item')).toBeNull();
    expect(screen.queryByTestId('plan-take-baseline-open')).toBeNull();
    for (const button of screen.getAllByRole('button')) expect((button as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows a hostile title as text in the Gantt, the table and the editor', async () => {
    const h = await createWorkspaceHarness();
    const id = await h.seed('planItem.create', {
      projectId: h.projectId,
      title: hostile,
      start: day0,
      durationDays: 2,
    });
    await h.render('plan', id);
    await screen.findByTestId('planItem-editor');
    expect(screen.getByTestId(`gantt-row-${id}`).querySelector('.gantt__label-text')?.textContent).toBe(hostile);
    expect(screen.getByTestId('raid-drawer').querySelector('h2')?.textContent).toBe(hostile);
    expect(document.querySelector('img')).toBeNull();
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});
