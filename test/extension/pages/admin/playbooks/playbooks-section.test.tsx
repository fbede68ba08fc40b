import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatAdminRoute } from '../../../../../extension/messaging/admin-route';
import { AdminApp } from '../../../../../extension/pages/admin/AdminApp';
import type { BackgroundClient } from '../../../../../extension/ui/background-client';
import type { Role } from '../../../../../shared';
import { createTestBackground } from '../../../background-harness';
import { renderPage } from '../../../render-page';
import { serveLocale } from '../../../serve-locale';
import { createGateHarness } from '../../workspace/gate/gate-harness';
import { createAdminHarness } from '../admin-harness';
import { hostilePlaybook } from './hostile-playbook';

afterEach(async () => {
  cleanup();
  location.hash = '';
  await serveLocale('en');
});

type AdminHarness = Awaited<ReturnType<typeof createAdminHarness>>;

const escalation = {
  title: 'Escalating a risk',
  markdown: 'Coaching.\n\n## When\n\nAbove appetite: tell the **board** within a week.',
  ruleIds: ['risk-above-appetite-not-escalated'],
  tags: ['risk'],
};

/** The rendered body holds no active content and none of the hostile payloads' effects. */
function expectInert(body: Element) {
  expect(body.querySelectorAll('script, iframe, object, embed, form, style')).toHaveLength(0);
  const attributes = [...body.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => a.name));
  expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
  expect(body.querySelector('[href^="javascript:" i]')).toBeNull();
  expect((window as { __playbookPwned?: unknown }).__playbookPwned).toBeUndefined();
}

/** A second browser joined with `role`, showing the administration page after sync. */
async function renderAdminAs(harness: AdminHarness, role: Exclude<Role, 'owner'>, recordId?: string) {
  const other = createTestBackground(harness.server);
  const session = harness.server.addMember(harness.workspaceId, {
    name: 'Vic Viewer',
    email: `${role}@example.com`,
    role,
  });
  await other.send('workspace.connectWithToken', { serverUrl: harness.server.url, token: session.token });
  await harness.sync.syncNow(harness.workspaceId);
  await other.sync.syncNow(harness.workspaceId);
  location.hash = formatAdminRoute({ section: 'playbooks', recordId });
  const client: BackgroundClient = {
    send: (type, input) =>
      type === 'sync.poll' ? Promise.resolve({ ok: true, value: null as never }) : other.client.send(type, input),
  };
  renderPage(<AdminApp />, other.db, client);
  await screen.findByTestId('admin-nav-playbooks');
}

describe('the playbooks section', () => {
  it('lets an owner write a playbook with a live preview, link a rule, and find it in the list', async () => {
    const h = await createAdminHarness();
    await h.renderAdmin('playbooks');
    expect(await screen.findByTestId('playbooks-empty')).toBeTruthy();
    fireEvent.click(screen.getByTestId('playbook-new'));
    fireEvent.click(screen.getByTestId('playbook-save'));
    expect(await screen.findByText('Give the playbook a title.')).toBeTruthy();
    fireEvent.input(screen.getByTestId('playbook-title'), { target: { value: 'Naming a sponsor' } });
    fireEvent.input(screen.getByTestId('playbook-tags'), { target: { value: 'governance, start-up' } });
    fireEvent.input(screen.getByTestId('playbook-markdown'), {
      target: { value: 'Why.\n\nAsk the **steering board** and see [the charter](https://intranet.example/charter).' },
    });
    const preview = await screen.findByTestId('playbook-preview');
    await waitFor(() => expect(preview.querySelector('strong')?.textContent).toBe('steering board'));
    expect(preview.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    fireEvent.click(screen.getByTestId('playbook-rule-project-without-sponsor'));
    fireEvent.click(screen.getByTestId('playbook-save'));
    expect((await screen.findByTestId('playbook-reader-title')).textContent).toBe('Naming a sponsor');
    expect(location.hash).toMatch(/^#\/playbooks\/[0-9a-f-]{36}$/);
    expect(screen.getByTestId('playbook-reader-rules').textContent).toBe('Project without a sponsor');
    fireEvent.click(screen.getByTestId('playbook-back'));
    const row = await screen.findByTestId('playbook-row');
    expect(within(row).getByTestId('playbook-row-rules').textContent).toBe('Project without a sponsor');
    expect(row.textContent).toContain('governance, start-up');
    const table = screen.getByTestId('playbooks-table');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect(row.querySelector('th')?.getAttribute('scope')).toBe('row');
  });

  it('searches titles, tags and text, and says when nothing matches', async () => {
    const h = await createAdminHarness();
    await h.seed('playbook.create', escalation);
    await h.seed('playbook.create', { title: 'Writing a business case', markdown: 'Options, costs, benefits.' });
    await h.renderAdmin('playbooks');
    await waitFor(() => expect(screen.getAllByTestId('playbook-row')).toHaveLength(2));
    fireEvent.input(screen.getByTestId('playbooks-search'), { target: { value: 'BOARD' } });
    expect(screen.getAllByTestId('playbook-row').map((row) => row.querySelector('th')?.textContent)).toEqual([
      'Escalating a risk',
    ]);
    fireEvent.input(screen.getByTestId('playbooks-search'), { target: { value: 'kanban' } });
    expect(screen.getByTestId('playbooks-no-match').textContent).toBe('No playbook matches “kanban”.');
  });

  it('edits and deletes a playbook, asking first', async () => {
    const h = await createAdminHarness();
    const id = await h.seed('playbook.create', escalation);
    await h.renderAdmin('playbooks', id);
    fireEvent.click(await screen.findByTestId('playbook-edit'));
    fireEvent.input(screen.getByTestId('playbook-title'), { target: { value: 'Escalating a threat' } });
    fireEvent.click(screen.getByTestId('playbook-save'));
    await waitFor(() => expect(screen.getByTestId('playbook-reader-title').textContent).toBe('Escalating a threat'));
    fireEvent.click(screen.getByTestId('playbook-edit'));
    fireEvent.click(screen.getByTestId('playbook-delete'));
    const dialog = await screen.findByTestId('playbook-delete-dialog');
    expect(dialog.textContent).toContain('Delete the playbook “Escalating a threat”?');
    fireEvent.click(within(dialog).getByTestId('playbook-delete-confirm'));
    expect(await screen.findByTestId('playbooks-empty')).toBeTruthy();
    expect(location.hash).toBe('#/playbooks');
  });

  it('renders a hostile playbook with no active content', async () => {
    const h = await createAdminHarness();
    const id = await h.seed('playbook.create', { title: '<img src=x onerror=alert(1)>', markdown: hostilePlaybook });
    await h.renderAdmin('playbooks', id);
    const body = await screen.findByTestId('playbook-body');
    await waitFor(() => expect(body.textContent).toContain('Escalation'));
    expectInert(body);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('playbook-reader-title').textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('gives a viewer read-only playbooks: told so, and no button that would be refused', async () => {
    const h = await createAdminHarness();
    const id = await h.seed('playbook.create', escalation);
    await renderAdminAs(h, 'viewer');
    expect((await screen.findByTestId('playbooks-read-only')).textContent).toBe(
      'Only an owner or PMO can write playbooks; you can read them all.',
    );
    expect(await screen.findByTestId('playbook-row')).toBeTruthy();
    expect(screen.queryByTestId('playbook-new')).toBeNull();
    cleanup();
    await renderAdminAs(h, 'pm', id);
    expect(await screen.findByTestId('playbook-reader')).toBeTruthy();
    expect(screen.queryByTestId('playbook-edit')).toBeNull();
    expect(document.querySelectorAll('textarea, input[type="checkbox"]')).toHaveLength(0);
  });

  it('speaks French', async () => {
    await serveLocale('fr');
    const h = await createAdminHarness();
    await h.seed('playbook.create', escalation);
    await h.renderAdmin('playbooks');
    expect((await screen.findByTestId('playbooks-search')).closest('.field')?.querySelector('label')?.textContent).toBe(
      'Rechercher un guide',
    );
    expect(screen.getByTestId('playbook-new').textContent).toBe('Nouveau guide');
    expect(screen.getByTestId('playbook-row-rules').textContent).toBe('Risque au-delà de l’appétence non remonté');
    fireEvent.click(screen.getByTestId('playbook-new'));
    expect(screen.getByText('Texte, en Markdown')).toBeTruthy();
  });
});

describe('playbooks from the workspace app', () => {
  it('links a health finding to the playbooks of its rule, opened in a dialog with the same safe render', async () => {
    const h = await createAdminHarness();
    await h.seed('playbook.create', {
      title: 'Naming a sponsor',
      markdown: hostilePlaybook,
      ruleIds: ['project-without-sponsor'],
    });
    await h.render('overview');
    const finding = await waitFor(() => {
      const rule = screen
        .getAllByTestId('finding-rule')
        .find((each) => each.dataset.rule === 'project-without-sponsor');
      if (!rule) throw new Error('no finding yet');
      return rule;
    });
    const link = await within(finding).findByTestId('playbook-link');
    expect(link.textContent).toBe('Playbook: Naming a sponsor');
    fireEvent.click(link);
    const dialog = await screen.findByTestId('playbook-dialog');
    const body = within(dialog).getByTestId('playbook-body');
    await waitFor(() => expect(body.textContent).toContain('Escalation'));
    expectInert(body);
    fireEvent.click(within(dialog).getByTestId('playbook-dialog-close'));
    await waitFor(() => expect(screen.queryByTestId('playbook-dialog')).toBeNull());
    const other = screen.getAllByTestId('finding-rule').find((each) => each.dataset.rule !== 'project-without-sponsor');
    if (other) expect(within(other).queryByTestId('playbook-link')).toBeNull();
  });

  it('links a gate criterion to the playbooks that help meet it', async () => {
    const h = await createGateHarness();
    const criterion = h.plan.gate?.mustMeet[0];
    await h.seed('playbook.create', { title: 'Writing a business case', criterionIds: [criterion?.id] });
    await h.render('gate');
    const item = await waitFor(() => {
      const found = screen
        .getAllByTestId('gate-criterion')
        .find((each) => each.textContent?.includes(criterion?.text ?? '?'));
      if (!found?.querySelector('[data-testid="playbook-link"]')) throw new Error('no link yet');
      return found;
    });
    expect(within(item).getByTestId('playbook-link').textContent).toBe('Playbook: Writing a business case');
    expect(screen.getAllByTestId('playbook-link')).toHaveLength(1);
  });
});
