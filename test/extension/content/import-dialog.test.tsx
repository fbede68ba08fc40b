import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportDialog } from '../../../extension/content/jira/ui/ImportDialog';
import type { JiraImportSummary } from '../../../shared/jira/import-plan';
import {
  createFakeBackground,
  createFakeJira,
  emptySummary,
  okAnswer,
  renderOverlay,
  searchPage,
} from './overlay-fakes';

afterEach(cleanup);

function renderDialog(jira: ReturnType<typeof createFakeJira>, summary: JiraImportSummary = emptySummary()) {
  const background = createFakeBackground({ 'jira.import': () => okAnswer(summary) });
  const onClose = vi.fn();
  const onImported = vi.fn();
  renderOverlay(
    <ImportDialog
      jiraProjectKey="ACME"
      signal={new AbortController().signal}
      onClose={onClose}
      onImported={onImported}
    />,
    background.client,
    jira.client,
  );
  return { background, onClose, onImported };
}

const threePages = () => [
  searchPage(1, 50, { nextPageToken: 't2' }),
  searchPage(51, 50, { nextPageToken: 't3' }),
  searchPage(101, 20, { isLast: true }),
];

describe('import from Jira', () => {
  it("prefills the JQL with the project's epics and versions with due dates, and takes the focus", () => {
    renderDialog(createFakeJira());

    const jql = screen.getByTestId('pmo-import-jql') as HTMLTextAreaElement;

    expect(jql.value).toMatch(/^project = "ACME" AND \(duedate IS NOT EMPTY OR fixVersion IS NOT EMPTY\)/);
    expect(document.activeElement).toBe(jql);
  });

  it('fetches every page, shows progress, then sends all issues at once and shows what changed', async () => {
    const jira = createFakeJira({ pages: threePages() });
    const summary = emptySummary({
      createdMilestones: 8,
      createdPlanItems: 107,
      unchanged: 0,
      forecastChanges: [
        { jiraKey: 'ACME-2', title: 'Payments', from: '2026-03-31', to: '2026-04-14' },
        { jiraKey: 'ACME-20', title: 'Basket API', from: '2026-03-20', to: '2026-05-04' },
      ],
      skipped: [{ jiraKey: 'ACME-99', reason: 'no_due_date' }],
    });
    const { background, onImported } = renderDialog(jira, summary);
    jira.hold();

    fireEvent.click(screen.getByTestId('pmo-import-start'));
    await waitFor(() => expect(screen.getByTestId('pmo-import-progress').textContent).toBe('Asking Jira…'));
    expect(document.activeElement).toBe(screen.getByTestId('pmo-import-cancel'));
    jira.release();

    const shown = await screen.findByTestId('pmo-import-summary');
    expect(jira.searches.map((search) => search.nextPageToken)).toEqual([undefined, 't2', 't3']);
    const [sent] = background.sentOf('jira.import');
    expect((sent.input as { issues: unknown[] }).issues).toHaveLength(120);
    expect((sent.input as { jiraProjectKey: string }).jiraProjectKey).toBe('ACME');
    expect(shown.textContent).toContain('8 milestones created');
    expect(shown.textContent).toContain('107 plan items created');
    expect(shown.textContent).toContain('1 issue skipped');
    expect(screen.getAllByTestId('pmo-import-change').map((change) => change.textContent)).toEqual([
      'ACME-2: 2026-03-31 → 2026-04-14',
      'ACME-20: 2026-03-20 → 2026-05-04',
    ]);
    expect(onImported).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('pmo-import-start')));
  });

  it('counts fetched issues and pages as they arrive', async () => {
    const jira = createFakeJira({ pages: threePages() });
    renderDialog(jira);
    const progress: string[] = [];
    const observer = new MutationObserver(() => {
      const text = document.querySelector('[data-testid="pmo-import-progress"]')?.textContent;
      if (text && progress.at(-1) !== text) progress.push(text);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });

    fireEvent.click(screen.getByTestId('pmo-import-start'));
    await screen.findByTestId('pmo-import-summary');
    observer.disconnect();

    expect(progress).toContain('Fetched 50 issues so far (page 1)…');
    expect(progress).toContain('Fetched 100 issues so far (page 2)…');
    expect(progress).toContain('Saving 120 issues to the PMO…');
  });

  it("uses Jira's total when the answer has one", async () => {
    const jira = createFakeJira({
      pages: [{ ...searchPage(1, 50, { nextPageToken: 't2' }), total: 120 } as never, searchPage(51, 50)],
    });
    renderDialog(jira);
    jira.hold();
    fireEvent.click(screen.getByTestId('pmo-import-start'));
    await waitFor(() => expect(jira.searches).toHaveLength(1));

    jira.release();
    jira.hold();

    await waitFor(() =>
      expect(screen.getByTestId('pmo-import-progress').textContent).toBe('Fetched 50 of 120 issues…'),
    );
    expect(screen.getByTestId('pmo-import-progress').dataset.page).toBe('1');
    jira.release();
  });

  it('cancels while fetching: nothing reaches the PMO', async () => {
    const jira = createFakeJira({ pages: threePages() });
    const { background } = renderDialog(jira);
    jira.hold();
    fireEvent.click(screen.getByTestId('pmo-import-start'));
    await waitFor(() => expect(jira.searches).toHaveLength(1));

    fireEvent.click(screen.getByTestId('pmo-import-cancel'));

    await waitFor(() => expect(screen.getByTestId('pmo-import-progress').dataset.step).toBe('cancelled'));
    expect(screen.getByTestId('pmo-import-progress').textContent).toBe('Import cancelled. Nothing was changed.');
    expect(background.sentOf('jira.import')).toHaveLength(0);
    expect(jira.searches).toHaveLength(1);
  });

  it('cancels with Escape while fetching, and closes with a second Escape', async () => {
    const jira = createFakeJira({ pages: threePages() });
    const { background, onClose } = renderDialog(jira);
    jira.hold();
    fireEvent.click(screen.getByTestId('pmo-import-start'));
    await waitFor(() => expect(jira.searches).toHaveLength(1));

    fireEvent.keyDown(screen.getByTestId('pmo-import-cancel'), { key: 'Escape' });
    await waitFor(() => expect(screen.getByTestId('pmo-import-progress').dataset.step).toBe('cancelled'));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByTestId('pmo-import-start'), { key: 'Escape' });

    expect(onClose).toHaveBeenCalledTimes(1);
    expect(background.sentOf('jira.import')).toHaveLength(0);
  });

  it("shows Jira's refusal in the dialog and sends nothing", async () => {
    const jira = createFakeJira({
      pages: [{ code: 'jira_rate_limited', status: 429, message: 'Jira is limiting requests (429). Wait 30 seconds.' }],
    });
    const { background } = renderDialog(jira);

    fireEvent.click(screen.getByTestId('pmo-import-start'));

    expect((await screen.findByTestId('pmo-import-error')).textContent).toContain('Wait 30 seconds');
    expect(background.sentOf('jira.import')).toHaveLength(0);
  });

  it('asks for a JQL instead of sending an empty one', async () => {
    const jira = createFakeJira();
    renderDialog(jira);
    fireEvent.input(screen.getByTestId('pmo-import-jql'), { target: { value: '   ' } });

    fireEvent.click(screen.getByTestId('pmo-import-start'));

    expect((await screen.findByTestId('pmo-import-error')).textContent).toContain('Enter a JQL query');
    expect(jira.searches).toHaveLength(0);
  });
});
