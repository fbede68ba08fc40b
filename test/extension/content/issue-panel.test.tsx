import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { IssuePanel } from '../../../extension/content/jira/ui/IssuePanel';
import {
  acmeIssue,
  type ContextAnswer,
  createFakeBackground,
  createFakeJira,
  mappedContext,
  mappedProject,
  okAnswer,
  renderOverlay,
  unmappedContext,
  workspacePeople,
} from './overlay-fakes';

afterEach(cleanup);

const issueUrl = 'https://acme.atlassian.net/browse/ACME-12';

function renderPanel(contexts: ContextAnswer[], jira = createFakeJira()) {
  let served = 0;
  const background = createFakeBackground({
    'jira.context': () => okAnswer(contexts[Math.min(served++, contexts.length - 1)]),
    'jira.mapProject': () => okAnswer(null),
    'jira.link': () => okAnswer(null),
    'jira.raise': () => okAnswer({ id: 'new-risk' }),
  });
  const signal = new AbortController().signal;
  renderOverlay(
    <IssuePanel issueKey="ACME-12" projectKey="ACME" issueUrl={issueUrl} signal={signal} />,
    background.client,
    jira.client,
  );
  return { background, jira };
}

const panel = () => screen.getByTestId('pmo-panel');

describe('the issue panel', () => {
  it('carries the issue key and asks the background about this project and issue', async () => {
    const { background } = renderPanel([mappedContext()]);

    await screen.findByTestId('pmo-rag');

    expect(panel().dataset.issueKey).toBe('ACME-12');
    expect(background.sentOf('jira.context')[0].input).toEqual({ jiraProjectKey: 'ACME', issueKey: 'ACME-12' });
  });

  it('maps an unmapped Jira project once, then shows its health', async () => {
    const { background } = renderPanel([unmappedContext(), mappedContext()]);
    const select = (await screen.findByTestId('pmo-project-map-select')) as HTMLSelectElement;
    expect(screen.getByText(/Jira project ACME is not linked to a PMO project yet/)).toBeTruthy();
    expect(select.value).toBe(mappedProject.id);

    fireEvent.click(screen.getByTestId('pmo-project-map-save'));

    const rag = await screen.findByTestId('pmo-rag');
    expect(background.sentOf('jira.mapProject')[0].input).toEqual({
      projectId: mappedProject.id,
      jiraProjectKey: 'ACME',
    });
    expect(rag.dataset.rag).toBe('amber');
    expect(rag.textContent).toContain('Amber');
    expect(screen.getByTestId('pmo-next-milestone').textContent).toMatch(/Checkout live, .*2026.*4 working days late/);
    expect(screen.getByTestId('pmo-pending-gate').textContent).toContain('“Build” is waiting for its decision');
  });

  it('tells how to join a workspace when the browser has none', async () => {
    renderPanel([{ workspace: null, syncStatus: null, context: null, projects: [], people: [] }]);

    const notice = await screen.findByTestId('pmo-no-workspace');

    expect(notice.textContent).toContain('Open the extension settings to join a workspace');
  });

  it('shows the linked risks with score chips and the records logged from the issue', async () => {
    renderPanel([
      mappedContext({
        linkedRisks: [
          { id: 'r1', title: 'Sessions expire during payment', score: 16, status: 'open' },
          { id: 'r2', title: 'Cache evicts baskets', score: 6, status: 'mitigating' },
        ],
        linkedRecords: [{ kind: 'action', id: 'a1', title: 'Extend the session TTL', status: 'open' }],
      }),
    ]);

    const risks = await screen.findAllByTestId('pmo-linked-risk');

    expect(risks.map((risk) => within(risk).getByText(/^\d+$/).textContent)).toEqual(['16', '6']);
    expect(risks[0].querySelector('[data-band]')?.getAttribute('data-band')).toBe('critical');
    expect(risks[1].textContent).toContain('mitigating');
    expect(screen.getByTestId('pmo-linked-record').textContent).toContain('Extend the session TTL');
  });

  it('links the issue to a milestone, then unlinks it', async () => {
    const linked = mappedContext({
      rollUp: { kind: 'milestone', id: 'm1', title: 'Checkout live' },
      linkTargets: [{ kind: 'planItem', id: 'p1', title: 'Basket service' }],
    });
    const { background } = renderPanel([mappedContext(), linked, mappedContext()]);
    await screen.findByTestId('pmo-link-select');

    fireEvent.click(screen.getByTestId('pmo-link-save'));
    await waitFor(() => expect(screen.getByTestId('pmo-rollup').textContent).toContain('Milestone: Checkout live'));
    fireEvent.click(screen.getByTestId('pmo-unlink'));

    await waitFor(() => expect(screen.getByTestId('pmo-rollup').textContent).toContain('Not linked'));
    expect(background.sentOf('jira.link').map((message) => message.input)).toEqual([
      {
        issueKey: 'ACME-12',
        summary: 'Keep the basket when the session expires',
        target: { kind: 'milestone', id: 'm1' },
      },
      { issueKey: 'ACME-12', summary: 'Keep the basket when the session expires', target: null },
    ]);
  });

  it('raises a risk from a prefilled form: title editable, the issue shown as text', async () => {
    const { background } = renderPanel([mappedContext()]);
    fireEvent.click(await screen.findByTestId('pmo-raise-risk'));

    const title = (await screen.findByTestId('pmo-draft-title')) as HTMLInputElement;
    expect(title.value).toBe('ACME-12 Keep the basket when the session expires');
    expect(document.activeElement).toBe(title);
    const form = title.closest('form') as HTMLFormElement;
    for (const shown of ['ACME-12', issueUrl]) expect(form.textContent).toContain(shown);
    fireEvent.input(title, { target: { value: 'Baskets lost on expiry' } });
    fireEvent.click(screen.getByTestId('pmo-draft-save'));

    await screen.findByTestId('pmo-draft-saved');
    expect(background.sentOf('jira.raise')[0].input).toMatchObject({
      kind: 'risk',
      jiraProjectKey: 'ACME',
      issueUrl,
      issue: acmeIssue(),
      title: 'Baskets lost on expiry',
    });
    expect(screen.queryByTestId('pmo-draft-title')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('pmo-raise-risk'));
  });

  it('closes a draft with Escape, back on the button that opened it, without saving', async () => {
    const { background } = renderPanel([mappedContext()]);
    fireEvent.click(await screen.findByTestId('pmo-log-decision'));
    const title = await screen.findByTestId('pmo-draft-title');
    expect(screen.getByText('Log a decision from ACME-12')).toBeTruthy();

    fireEvent.keyDown(title, { key: 'Escape' });

    expect(screen.queryByTestId('pmo-draft-title')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('pmo-log-decision'));
    expect(background.sentOf('jira.raise')).toHaveLength(0);
  });

  it('refuses an empty title beside the field', async () => {
    const { background } = renderPanel([mappedContext()]);
    fireEvent.click(await screen.findByTestId('pmo-log-action'));
    fireEvent.input(await screen.findByTestId('pmo-draft-title'), { target: { value: '  ' } });

    fireEvent.click(screen.getByTestId('pmo-draft-save'));

    expect((await screen.findByTestId('pmo-draft-error')).textContent).toBe('Give it a title.');
    expect(background.sentOf('jira.raise')).toHaveLength(0);
  });

  it("explains Jira's refusal in the panel and still shows the PMO side", async () => {
    const jira = createFakeJira({
      issue: () => ({
        ok: false,
        error: { code: 'jira_signed_out', status: 401, message: 'Jira says you are not signed in (401).' },
      }),
    });
    renderPanel([mappedContext()], jira);

    const error = await screen.findByTestId('pmo-error');

    expect(error.textContent).toBe('Jira says you are not signed in (401).');
    expect(error.getAttribute('role')).toBe('alert');
    await screen.findByTestId('pmo-rag');
    expect((screen.getByTestId('pmo-raise-risk') as HTMLButtonElement).disabled).toBe(true);
  });

  it('explains a background that cannot answer', async () => {
    const background = createFakeBackground({
      'jira.context': () => ({
        ok: false,
        error: { code: 'background_unavailable', message: 'Reload the extension.' },
      }),
    });
    renderOverlay(
      <IssuePanel issueKey="ACME-12" projectKey="ACME" issueUrl={issueUrl} signal={new AbortController().signal} />,
      background.client,
      createFakeJira().client,
    );

    expect((await screen.findByTestId('pmo-error')).textContent).toBe('Reload the extension.');
  });

  it('renders text from Jira as text, never as markup', async () => {
    const jira = createFakeJira({
      issue: () => ({ ok: true, value: acmeIssue({ summary: '<img src=x onerror=alert(1)> Basket' }) }),
    });
    renderPanel([mappedContext()], jira);
    fireEvent.click(await screen.findByTestId('pmo-raise-risk'));

    await screen.findByTestId('pmo-draft-title');

    expect(panel().querySelector('img')).toBeNull();
    expect(panel().textContent).toContain('<img src=x onerror=alert(1)> Basket');
  });

  it("raises a risk with the capture card's fields: probability × impact with the live score, owner and review date", async () => {
    const { background } = renderPanel([mappedContext()]);
    fireEvent.click(await screen.findByTestId('pmo-raise-risk'));
    const form = (await screen.findByTestId('pmo-draft-title')).closest('form') as HTMLFormElement;
    const inForm = within(form);

    // The Jira assignee is the first owner offered; the workspace's people are the suggestions.
    const owner = inForm.getByTestId('capture-owner') as HTMLInputElement;
    expect(owner.value).toBe('Priya Natarajan');
    const suggestions = form.querySelector(`datalist#${owner.getAttribute('list')}`);
    expect([...(suggestions?.querySelectorAll('option') ?? [])].map((option) => option.value)).toEqual(
      workspacePeople.map((person) => person.name),
    );
    expect((inForm.getByTestId('capture-review-date') as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(inForm.getByTestId('capture-score').textContent).toBe('9');

    fireEvent.click(inForm.getByTestId('capture-probability-4'));
    fireEvent.click(inForm.getByTestId('capture-impact-5'));
    fireEvent.input(owner, { target: { value: 'Ada Lovelace' } });
    fireEvent.input(inForm.getByTestId('capture-review-date'), { target: { value: '2026-04-30' } });

    expect(inForm.getByTestId('capture-score').textContent).toBe('20');
    expect(inForm.getByTestId('capture-score').dataset.band).toBe('critical');
    fireEvent.click(screen.getByTestId('pmo-draft-save'));

    await screen.findByTestId('pmo-draft-saved');
    expect(background.sentOf('jira.raise')[0].input).toEqual({
      kind: 'risk',
      jiraProjectKey: 'ACME',
      issueUrl,
      issue: acmeIssue(),
      title: 'ACME-12 Keep the basket when the session expires',
      fields: {
        probability: 4,
        impact: 5,
        owner: { personId: workspacePeople[0].id, name: 'Ada Lovelace' },
        reviewDate: '2026-04-30',
      },
    });
  });
});
