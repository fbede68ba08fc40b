import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import type { Session } from './support/join-workspace';
import type { LocalWorker } from './support/local-worker';
import { type OwnerAndPmo, startOwnerAndPmo } from './support/owner-and-pmo';
import { collectPageErrors, type PageErrors } from './support/page-errors';
import { takeScreenshots } from './support/screenshots';
import { joinAs, openWorkspace } from './support/workspace-app';
import { pushToWorker, type WorkerWorkspace, waitForWorkerRecords } from './support/workspace-records';

// Issue 16, Acceptance 4: a playbook holding <script>, <img onerror>, <iframe> and a javascript: link
// renders none of them as active content, in real Chromium: written by a PMO in the administration
// page (textarea and live preview), read there, and opened from a health finding in the workspace app.
// Against a real `wrangler dev`.

/** Every payload would set this flag on the page's window if it ever ran. */
const hostileMarkdown = [
  '# Escalation',
  '',
  'Tell the **board** within a week.',
  '',
  '<script>window.__playbookPwned = "script"</script>',
  '<img src=x onerror="window.__playbookPwned = \'img\'">',
  '<iframe src="javascript:parent.__playbookPwned = \'iframe\'"></iframe>',
  '<svg onload="window.__playbookPwned = \'svg\'"></svg>',
  '',
  "[Open the register](javascript:window.__playbookPwned='link') and [the policy](https://intranet.example/risk-policy).",
  '',
  '![tracker](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIj48L3N2Zz4=)',
].join('\n');

let worker: LocalWorker;
let owner: Session;
let pmo: ExtensionBrowser;
let playbookId: string;
let projectId: string;
const ownerWorkspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });

/** What the rendered playbook holds that could run, and whether any payload did. */
async function readActiveContent(page: Page, body: Locator) {
  await body.waitFor();
  return {
    dangerous: await body.locator('script, iframe, object, embed, form, style, svg').count(),
    handlers: await body.evaluate((root) =>
      [...root.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].map((attribute) => attribute.name).filter((name) => name.startsWith('on')),
      ),
    ),
    hrefs: await body.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    images: await body.locator('img').count(),
    flag: await page.evaluate(() => (window as { __playbookPwned?: unknown }).__playbookPwned ?? null),
  };
}

async function expectInert(page: Page, body: Locator) {
  // Time for an error handler or a frame to fire, had one been created.
  await page.waitForTimeout(300);
  const found = await readActiveContent(page, body);
  expect(found).toEqual({
    dangerous: 0,
    handlers: [],
    hrefs: ['https://intranet.example/risk-policy'],
    images: 0,
    flag: null,
  });
  expect(await body.locator('a').first().getAttribute('target')).toBe('_blank');
  expect(await body.locator('a').first().getAttribute('rel')).toBe('noopener noreferrer');
  expect(await body.locator('strong').textContent()).toBe('board');
  expect(await body.textContent()).toContain('<script>window.__playbookPwned = "script"</script>');
}

let setup: OwnerAndPmo | undefined;

beforeAll(async () => {
  setup = await startOwnerAndPmo();
  ({ worker, owner, pmo } = setup);
});

afterAll(async () => {
  await setup?.close();
});

describe('playbooks (issue 16, Acceptance 4)', () => {
  let admin: Page;
  let errors: PageErrors;

  it('joins a PMO to a workspace whose project has no sponsor', async () => {
    await joinAs(worker, owner, pmo, { role: 'pmo', name: 'Paula PMO', email: 'paula@acme.example' });
    projectId = crypto.randomUUID();
    // A project with no sponsor: the rule project-without-sponsor reports it.
    const [pushed] = await pushToWorker(ownerWorkspace(), [
      { name: 'project.create', args: { id: projectId, code: 'CRM', name: 'CRM rollout', start: '2026-09-01' } },
    ]);
    expect(pushed.status).toBe('applied');
  });

  it('lets a PMO write a hostile playbook, previewed inert as it is typed, and stores it on the Worker', async () => {
    admin = await pmo.context.newPage();
    errors = collectPageErrors(admin);
    await admin.setViewportSize({ width: 1280, height: 900 });
    await admin.goto(`chrome-extension://${pmo.extensionId}/admin.html#/playbooks`);
    await admin.getByTestId('playbooks-empty').waitFor({ timeout: 20_000 });
    await takeScreenshots(admin, 'playbooks-empty');
    await admin.getByTestId('playbook-new').click();
    await admin.getByTestId('playbook-title').fill('Escalating a risk');
    await admin.getByTestId('playbook-tags').fill('risk, governance');
    await admin.getByTestId('playbook-markdown').fill(hostileMarkdown);
    await admin.getByTestId('playbook-rule-project-without-sponsor').check();
    await admin.getByTestId('playbook-rule-risk-above-appetite-not-escalated').check();
    await expectInert(admin, admin.getByTestId('playbook-preview'));
    await takeScreenshots(admin, 'playbooks-editor');
    await admin.getByTestId('playbook-save').click();
    await admin.getByTestId('playbook-reader').waitFor();
    playbookId = admin.url().split('/').at(-1) ?? '';
    const [stored] = await waitForWorkerRecords(ownerWorkspace(), 'playbook', (records) => records.length === 1);
    expect(stored).toMatchObject({
      id: playbookId,
      title: 'Escalating a risk',
      markdown: hostileMarkdown,
      ruleIds: ['project-without-sponsor', 'risk-above-appetite-not-escalated'],
      tags: ['risk', 'governance'],
    });
  });

  it('renders none of the payloads as active content in the administration page', async () => {
    await admin.reload();
    await expectInert(admin, admin.getByTestId('playbook-body'));
    expect(await admin.getByTestId('playbook-reader-rules').textContent()).toBe(
      'Project without a sponsor · Risk above appetite not escalated',
    );
    await takeScreenshots(admin, 'playbooks-reader');
    await admin.getByTestId('playbook-back').click();
    await admin.getByTestId('playbook-row').waitFor();
    await takeScreenshots(admin, 'playbooks-list');
    expect(errors.list).toEqual([]);
  });

  it('opens it from a health finding in the workspace app, inert there too, Esc giving focus back', async () => {
    const app = await openWorkspace(pmo, { projectId, tab: 'overview' });
    await app.setViewportSize({ width: 1280, height: 900 });
    const finding = app.locator('[data-testid="finding-rule"][data-rule="project-without-sponsor"]');
    const link = finding.getByTestId('playbook-link');
    await link.waitFor({ timeout: 20_000 });
    expect(await link.textContent()).toBe('Playbook: Escalating a risk');
    await link.focus();
    await app.keyboard.press('Enter');
    const dialog = app.getByTestId('playbook-dialog');
    await dialog.waitFor();
    await expectInert(app, dialog.getByTestId('playbook-body'));
    await takeScreenshots(app, 'playbooks-finding-dialog');
    await app.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    await app.close();
  });
});
