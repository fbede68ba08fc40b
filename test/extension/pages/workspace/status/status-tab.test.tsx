import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRecord } from './read-record';
import { chooseLight, createStatusHarness, startReport, submitReport } from './status-harness';

afterEach(() => {
  cleanup();
  location.hash = '';
  vi.unstubAllGlobals();
});

describe('the Status tab: writing the report', () => {
  it('starts a draft whose schedule shows the suggested amber with its reason when a mandatory milestone is overdue', async () => {
    const harness = await createStatusHarness();
    await harness.render('status');
    expect(screen.getByTestId('status-empty').textContent).toContain('every 14 days');
    await startReport();
    const schedule = screen.getByTestId('light-schedule');
    expect(schedule.dataset.suggested).toBe('amber');
    expect(schedule.dataset.chosen).toBe('amber');
    expect(screen.getByTestId('light-reason-schedule').textContent).toBe(
      'Mandatory milestones are past their forecast and not done (1: “Go-live”).',
    );
    expect(screen.getByTestId('light-suggested-schedule').textContent).toBe('Amber');
    // The draft is stored at once, with what the data suggested and the address naming it.
    const report = await readRecord(harness, 'statusReport');
    expect(location.hash).toBe(`#/projects/${harness.projectId}/status/${report?.id}`);
    expect(report).toMatchObject({ state: 'draft', dimensions: { schedule: { suggested: 'amber' } } });
    expect(screen.queryByTestId('watermelon-finding')).toBeNull();
  });

  it('shows the watermelon finding and its coaching as soon as the PM chooses green', async () => {
    const harness = await createStatusHarness();
    await harness.render('status');
    await startReport();
    chooseLight('schedule', 'green');
    const finding = await screen.findByTestId('watermelon-finding');
    expect(within(finding).getByTestId('watermelon-message').textContent).toBe(
      'This report says green, but mandatory milestones are overdue (1: “Go-live”).',
    );
    expect(within(finding).getByTestId('watermelon-coaching').textContent).toContain(
      'A “watermelon” is green outside and red inside',
    );
    // Green against the data also asks for a reason, in place.
    expect(screen.getByTestId('light-schedule-reason')).toBeTruthy();
    chooseLight('schedule', 'amber');
    await waitFor(() => expect(screen.queryByTestId('watermelon-finding')).toBeNull());
  });

  it('blocks Submit when a light departs from the suggestion without a reason, naming the dimension', async () => {
    const harness = await createStatusHarness();
    await harness.render('status');
    await startReport();
    chooseLight('scope', 'amber');
    fireEvent.click(screen.getByTestId('submit-report'));
    expect(screen.getByTestId('submit-error').textContent).toBe(
      'Give a reason before submitting, or pick the suggested light: Scope.',
    );
    expect(screen.getByTestId('light-scope-error').textContent).toBe(
      'Say why you chose Amber when the data suggests Green.',
    );
    expect(screen.getByTestId('light-scope-reason').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('submit-dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('light-scope-reason')));
    // Several at once are named together, overall first; a reason clears each one.
    chooseLight('overall', 'red');
    fireEvent.click(screen.getByTestId('submit-report'));
    expect(screen.getByTestId('submit-error').textContent).toBe(
      'Give a reason before submitting, or pick the suggested light: Overall and Scope.',
    );
    fireEvent.input(screen.getByTestId('light-overall-reason'), { target: { value: 'Sponsor leaves in May' } });
    expect(screen.getByTestId('submit-error').textContent).toBe(
      'Give a reason before submitting, or pick the suggested light: Scope.',
    );
    expect(screen.queryByTestId('light-overall-error')).toBeNull();
  });

  it('submits with a reason, and the report is then read-only and says who submitted it and when', async () => {
    const harness = await createStatusHarness();
    await harness.render('status');
    await startReport();
    chooseLight('scope', 'amber');
    fireEvent.input(screen.getByTestId('light-scope-reason'), {
      target: { value: 'Two change requests arrive Monday' },
    });
    fireEvent.input(screen.getByTestId('status-summary'), { target: { value: 'Go-live is late.' } });
    await submitReport();
    const panel = screen.getByRole('tabpanel');
    expect(panel.querySelectorAll('textarea, input, select')).toHaveLength(0);
    expect(screen.queryByTestId('submit-report')).toBeNull();
    expect(screen.getByTestId('report-state').textContent).toBe('Submitted');
    expect(screen.getByTestId('report-byline').textContent).toMatch(/^Submitted by Olivia Owner on /);
    expect(screen.getByTestId('report-light-scope').dataset.chosen).toBe('amber');
    expect(screen.getByTestId('report-summary').textContent).toBe('Go-live is late.');
    const stored = await readRecord(harness, 'statusReport');
    expect(stored).toMatchObject({
      state: 'submitted',
      submittedBy: harness.member.id,
      summary: 'Go-live is late.',
      dimensions: { scope: { suggested: 'green', chosen: 'amber', reason: 'Two change requests arrive Monday' } },
      milestoneForecasts: [{ milestoneId: harness.milestoneId }],
    });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('report-title')));
  });

  it('saves what is typed after a pause, without a button', async () => {
    const harness = await createStatusHarness();
    await harness.render('status');
    await startReport();
    fireEvent.input(screen.getByTestId('status-escalations'), {
      target: { value: 'Need a decision on the cut-over date' },
    });
    await waitFor(
      async () =>
        expect((await readRecord(harness, 'statusReport'))?.escalations).toBe('Need a decision on the cut-over date'),
      {
        timeout: 3000,
      },
    );
    expect(screen.getByTestId('save-state').textContent).toBe('All changes saved');
  });
});
