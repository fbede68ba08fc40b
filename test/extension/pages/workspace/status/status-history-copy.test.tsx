import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../../../../../shared/i18n/format-message';
import { serveLocale } from '../../../serve-locale';
import { readRecord } from './read-record';
import { chooseLight, createStatusHarness, renderAsMember, startReport, submitReport, today } from './status-harness';

const hostile = '<img src=x onerror=alert(1)>';

afterEach(async () => {
  cleanup();
  location.hash = '';
  vi.unstubAllGlobals();
  await serveLocale('en');
});

/** A clipboard that keeps what it was given, and the write API where `hasWrite`. */
function stubClipboard(hasWrite: boolean) {
  const written: { text?: string; items?: ClipboardItem[] } = {};
  const clipboard = {
    writeText: vi.fn(async (text: string) => {
      written.text = text;
    }),
    ...(hasWrite
      ? {
          write: vi.fn(async (items: ClipboardItem[]) => {
            written.items = items;
          }),
        }
      : {}),
  };
  vi.stubGlobal('navigator', { ...navigator, clipboard });
  return written;
}

const day = (isoDay: string) => formatMessage('en', 'report.status.day', { date: { date: isoDay } });

describe('the Status tab: history, trend and copies', () => {
  it('copies the report as Markdown from the shared function, with the period and the lights', async () => {
    const harness = await createStatusHarness();
    await harness.render('status');
    await startReport();
    fireEvent.input(screen.getByTestId('status-summary'), { target: { value: 'Go-live is *late*.' } });
    await submitReport();
    const written = stubClipboard(false);
    fireEvent.click(screen.getByTestId('copy-markdown'));
    await waitFor(() => expect(written.text).toBeDefined());
    const report = await readRecord(harness, 'statusReport');
    const lines = written.text!.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      '# Status report: CRM – CRM rollout',
      '',
      `**Period:** ${day(String(report?.periodStart))} to ${day(today)}\\`,
      // The test background's clock stamps the submission (background-harness.ts).
      `**Submitted:** ${day(String(report?.submittedAt).slice(0, 10))} by Olivia Owner`,
      '',
      '| Dimension | Reported | Suggested by the data | Reason |',
      '| --- | --- | --- | --- |',
      '| Overall | 🟠 Amber | 🟠 Amber | Driven by schedule: Mandatory milestones are past their forecast and not done (1: “Go-live”). |',
    ]);
    expect(lines).toContain(
      '| Schedule | 🟠 Amber | 🟠 Amber | Mandatory milestones are past their forecast and not done (1: “Go-live”). |',
    );
    expect(written.text).toContain('## Summary\n\nGo-live is \\*late\\*.\n');
    expect(written.text).toContain(`## Milestone forecasts\n\n| Milestone | Forecast |\n| --- | --- |\n| Go-live | `);
    expect(screen.getByTestId('copy-notice').textContent).toBe('Report copied as Markdown.');
  });

  it('copies rich HTML with a plain-text twin, and falls back to text where the browser cannot', async () => {
    const harness = await createStatusHarness();
    await harness.render('status');
    await startReport();
    vi.stubGlobal(
      'ClipboardItem',
      class {
        constructor(readonly data: Record<string, Blob>) {}
      },
    );
    const written = stubClipboard(true);
    fireEvent.click(screen.getByTestId('copy-html'));
    await waitFor(() => expect(written.items).toHaveLength(1));
    const data = (written.items![0] as unknown as { data: Record<string, Blob> }).data;
    expect(Object.keys(data)).toEqual(['text/html', 'text/plain']);
    expect(await data['text/html'].text()).toMatch(/^<h1>Status report: CRM – CRM rollout<\/h1>/);
    expect(await data['text/plain'].text()).toMatch(/^# Status report: CRM – CRM rollout/);
    expect(screen.getByTestId('copy-notice').textContent).toContain('ready to paste into an email');

    vi.stubGlobal('ClipboardItem', undefined);
    const plain = stubClipboard(false);
    fireEvent.click(screen.getByTestId('copy-html'));
    await waitFor(() => expect(plain.text).toMatch(/^# Status report/));
    expect(screen.getByTestId('copy-notice').textContent).toBe('This browser copied the report as plain text only.');
  });

  it('lists the submitted report in the history and in the RAG trend, with a table for screen readers', async () => {
    const harness = await createStatusHarness();
    await harness.render('status');
    expect(screen.getByText('The trend appears once a report is submitted.')).toBeTruthy();
    await startReport();
    const draftItem = screen.getByTestId('history-item');
    expect(draftItem.dataset.state).toBe('draft');
    expect(within(draftItem).getByText('Draft')).toBeTruthy();
    await submitReport();
    const items = screen.getAllByTestId('history-item');
    expect(items.map((item) => item.dataset.state)).toEqual(['submitted']);
    expect(within(items[0]).getByRole('link').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('trend-row-schedule').querySelector('[data-rag]')?.getAttribute('data-rag')).toBe(
      'amber',
    );
    expect(screen.getByTestId('trend-row-schedule').textContent).toContain('A');
    const table = screen.getByTestId('trend-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Dimension', day(today)]);
    expect(within(table).getByRole('row', { name: /Schedule/ }).textContent).toBe('ScheduleAmber');
    expect(within(table).getByRole('row', { name: /Cost/ }).textContent).toBe('Costnot reported');
    fireEvent.click(screen.getByTestId('trend-as-table'));
    expect(screen.queryByTestId('trend-chart')).toBeNull();
    expect(screen.getByTestId('trend-as-table').getAttribute('aria-pressed')).toBe('true');
    // A new report starts the day after this one ended.
    expect(screen.getByTestId('new-report')).toBeTruthy();
  });

  it('speaks French: labels, the data’s reason, the watermelon and the refusal to submit', async () => {
    await serveLocale('fr');
    const harness = await createStatusHarness();
    await harness.render('status');
    expect(screen.getByTestId('new-report').textContent).toBe('Nouveau rapport');
    await startReport();
    const schedule = screen.getByTestId('light-schedule');
    expect(within(schedule).getByText('Délais')).toBeTruthy();
    expect(screen.getByTestId('light-reason-schedule').textContent).toBe(
      'Des jalons obligatoires ont dépassé leur date prévue sans être atteints (1 : « Go-live »).',
    );
    expect(screen.getByTestId('light-suggested-schedule').textContent).toBe('Orange');
    chooseLight('schedule', 'green');
    expect((await screen.findByTestId('watermelon-message')).textContent).toBe(
      'Ce rapport affiche vert, mais des jalons obligatoires sont en retard (1 : « Go-live »).',
    );
    fireEvent.click(screen.getByTestId('submit-report'));
    expect(screen.getByTestId('submit-error').textContent).toBe(
      'Donnez une raison avant de soumettre, ou choisissez la couleur suggérée : Délais.',
    );
    expect(screen.getByTestId('submit-report').textContent).toBe('Soumettre le rapport');
  });

  it('renders hostile text from records and the narrative as text only', async () => {
    const harness = await createStatusHarness();
    await harness.seed('risk.create', { projectId: harness.projectId, title: hostile, probability: 4, impact: 4 });
    await harness.render('status');
    await startReport();
    const keyRisks = screen.getByTestId('key-risks');
    expect(within(keyRisks).getByText(hostile)).toBeTruthy();
    expect((within(keyRisks).getByTestId('key-risks-item') as HTMLInputElement).checked).toBe(true);
    fireEvent.input(screen.getByTestId('status-summary'), { target: { value: hostile } });
    await submitReport();
    expect(screen.getByTestId('report-summary').textContent).toBe(hostile);
    expect(within(screen.getByTestId('report-key-risks')).getByText(hostile)).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('the Status tab for other members', () => {
  it('shows a viewer the submitted report read-only, with no button that would be refused', async () => {
    const harness = await createStatusHarness();
    // The PMO keeps the owner on the workspace's people: that is how others learn a member's name.
    await harness.seed('person.create', { name: 'Olivia Owner', memberId: harness.member.id });
    await harness.render('status');
    await startReport();
    await submitReport();
    cleanup();
    await renderAsMember(harness, 'viewer');
    const report = await screen.findByTestId('status-report');
    expect(report.dataset.state).toBe('submitted');
    expect(screen.queryByTestId('new-report')).toBeNull();
    expect(screen.queryByTestId('submit-report')).toBeNull();
    expect(screen.getByRole('tabpanel').querySelectorAll('textarea, input')).toHaveLength(0);
    expect(screen.getByTestId('report-byline').textContent).toMatch(/^Submitted by Olivia Owner on /);
    expect(screen.getByTestId('copy-markdown')).toBeTruthy();
  });

  it('shows a viewer a draft read-only, marked as a draft', async () => {
    const harness = await createStatusHarness();
    await harness.render('status');
    await startReport();
    cleanup();
    await renderAsMember(harness, 'viewer');
    expect((await screen.findByTestId('report-state')).textContent).toBe('Draft');
    expect(screen.queryByTestId('status-draft')).toBeNull();
  });
});

describe('the Status tab: edits that collide and drafts that go', () => {
  it('shows theirs and yours when someone else changed a field meanwhile, and keeps the choice', async () => {
    const harness = await createStatusHarness();
    await harness.render('status');
    await startReport();
    const report = await readRecord(harness, 'statusReport');
    // Someone else's edit lands while this form still shows the field as it was.
    await harness.seed('statusReport.update', { id: report?.id, patch: { summary: 'Their summary' } });
    await waitFor(() =>
      expect((screen.getByTestId('status-summary') as HTMLTextAreaElement).value).toBe('Their summary'),
    );
    fireEvent.input(screen.getByTestId('status-summary'), { target: { value: 'My summary' } });
    await harness.seed('statusReport.update', { id: report?.id, patch: { summary: 'Their second summary' } });
    const conflict = await screen.findByTestId('edit-conflict', {}, { timeout: 3000 });
    expect(within(conflict).getByTestId('conflict-theirs').textContent).toBe('Their second summary');
    expect(within(conflict).getByTestId('conflict-yours').textContent).toBe('My summary');
    fireEvent.click(within(conflict).getByTestId('conflict-use-mine'));
    await waitFor(async () => expect((await readRecord(harness, 'statusReport'))?.summary).toBe('My summary'));
    expect(screen.queryByTestId('edit-conflict')).toBeNull();
  });

  it('deletes a draft after asking, and Esc closes the question with the focus back on its button', async () => {
    const harness = await createStatusHarness();
    await harness.render('status');
    await startReport();
    // Opening the draft took the focus to its title.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('report-title')));
    const button = screen.getByTestId('delete-draft');
    button.focus();
    fireEvent.click(button);
    const dialog = await screen.findByTestId('delete-dialog');
    (dialog as HTMLDialogElement).close();
    await waitFor(() => expect(screen.queryByTestId('delete-dialog')).toBeNull());
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    fireEvent.click(within(await screen.findByTestId('delete-dialog')).getByTestId('delete-dialog-confirm'));
    await screen.findByTestId('status-empty');
    expect(await readRecord(harness, 'statusReport')).toBeUndefined();
  });
});
