import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionBrowser } from './support/extension-browser';
import { createInvite, type Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import { type PushedMutation, pushToWorker, workerRecordsOf } from './support/workspace-records';

// What a new user meets in the first minutes, in the production build against a real `wrangler dev`:
// the popup before joining, the settings page (words, the server check, self-hosted Jira), and the
// popup's risk list once joined.

const screenshotDir = process.env.E2E_SCREENSHOT_DIR;
/** The toolbar popup's size: 380 px wide (popup.css), at most 600 px high (Chromium's limit). */
const popupSize = { width: 380, height: 600 };

/** Words for whoever runs the server, not for a PM (README keeps the set-up). */
const developerWords = [
  /bootstrap/i,
  /\.dev\.vars/,
  /npm (start|run)/,
  /wrangler/i,
  /Authorization/i,
  /Bearer/,
  /OAuth/i,
  /8787/,
  /\bWorker\b/,
];

let worker: LocalWorker;
let browser: ExtensionBrowser;
let owner: Session;
let projectId: string;

/** A calendar day `offset` days from today where the test runs, as the popup counts them. */
const dayFromToday = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');

/** Keeps light and dark pictures of a page with E2E_SCREENSHOT_DIR set. */
async function screenshotBothThemes(page: Page, name: string): Promise<void> {
  if (!screenshotDir) return;
  mkdirSync(screenshotDir, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: join(screenshotDir, `${name}-${colorScheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openPopup(): Promise<Page> {
  const popup = await browser.openPage('popup.html');
  await popup.setViewportSize(popupSize);
  return popup;
}

function serviceWorker(): Worker {
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const found = browser.context.serviceWorkers().find((candidate) => candidate.url().startsWith(prefix));
  if (!found) throw new Error('The extension has no running service worker');
  return found;
}

/** What a person reads on a page: its text, and its controls' placeholders, titles and labels. */
function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[placeholder], [title], [aria-label]')].flatMap((element) =>
      ['placeholder', 'title', 'aria-label'].map((name) => element.getAttribute(name) ?? ''),
    );
    return [document.body.textContent ?? '', ...attributes].join('\n');
  });
}

/** Pushes records as another browser of the owner would: the popup then pulls them. */
async function pushAsOwner(mutations: PushedMutation[]): Promise<void> {
  await pushToWorker({ worker, workspaceId: owner.workspace.id, token: owner.token }, mutations);
}

beforeAll(async () => {
  worker = await LocalWorker.start();
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'Acme PMO', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  projectId = crypto.randomUUID();
  const risk = (title: string, probability: number, impact: number, more: Record<string, unknown>) => ({
    name: 'risk.create',
    args: { id: crypto.randomUUID(), projectId, title, probability, impact, ...more },
  });
  await pushAsOwner([
    { name: 'project.create', args: { id: projectId, code: 'WHS', name: 'Warehouse move' } },
    risk('Racking supplier delivers late', 4, 5, { owner: { name: 'Ada Lovelace' }, reviewDate: dayFromToday(-12) }),
    risk('Forklift licences expire', 3, 4, { status: 'mitigating', reviewDate: dayFromToday(9) }),
    risk('Landlord refuses the loading bay', 4, 3, { owner: { name: 'Grace Hopper' }, reviewDate: dayFromToday(-1) }),
    risk('Budget cut', 2, 2, { status: 'closed', reviewDate: dayFromToday(-40) }),
    risk('Key user leaves', 2, 4, { owner: { name: 'Priya Natarajan' }, reviewDate: dayFromToday(20) }),
  ]);
  const onWorker = await workerRecordsOf({ worker, workspaceId: owner.workspace.id, token: owner.token }, 'risk');
  expect(onWorker).toHaveLength(5);
  browser = await ExtensionBrowser.launch();
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
});

describe('before joining', () => {
  it('the popup says what to do under a level-one heading', async () => {
    const popup = await openPopup();
    await popup.getByTestId('open-options').waitFor();
    const heading = popup.getByRole('heading', { level: 1 });
    expect(await heading.count()).toBe(1);
    expect(await heading.textContent()).toBe('No workspace yet');
    const text = await readableText(popup);
    expect(developerWords.filter((word) => word.test(text)).map(String)).toEqual([]);
    await screenshotBothThemes(popup, 'popup-not-connected');
    await popup.close();
  });

  it('registers the Jira script on no site beyond Jira Cloud, although Chromium grants docs.google.com origin-wide', async () => {
    const background = serviceWorker();
    type Chrome = {
      permissions: { getAll(): Promise<{ origins?: string[] }> };
      scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
    };
    // The premise: the manifest's spreadsheets pattern comes back widened to the whole origin.
    const origins = await background.evaluate(
      async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.permissions.getAll()).origins ?? [],
    );
    expect(origins).toContain('https://docs.google.com/*');

    // The start-up restore has had its time: nothing may have been registered anywhere.
    const registeredIds = () =>
      background.evaluate(async () =>
        (await (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts()).map(
          (script) => script.id,
        ),
      );
    for (let check = 0; check < 6; check++) {
      expect(await registeredIds()).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }

    const options = await browser.openPage('options.html');
    await options.getByTestId('self-hosted-jira-none').waitFor();
    expect(await options.getByTestId('self-hosted-jira-site').count()).toBe(0);
    await options.close();
  });
});

describe('the settings page', () => {
  it('speaks to a PM: an invite first, no developer words, no guessed address, the setup key folded away', async () => {
    const options = await browser.openPage('options.html');
    await options.getByTestId('join-workspace').waitFor();
    expect(await options.getByTestId('server-url').inputValue()).toBe('');
    expect(await options.getByTestId('server-url').getAttribute('placeholder')).toBe('https://pmo.example.com');
    expect(await options.getByTestId('bootstrap-secret').isVisible()).toBe(false);
    const folded = await readableText(options);
    expect(developerWords.filter((word) => word.test(folded)).map(String)).toEqual([]);
    await screenshotBothThemes(options, 'options-first-visit');

    await options.getByTestId('admin-setup').locator('summary').click();
    expect(await options.getByTestId('bootstrap-secret').isVisible()).toBe(true);
    expect(await options.getByLabel('Server setup key').count()).toBe(1);
    const unfolded = await readableText(options);
    expect(developerWords.filter((word) => word.test(unfolded)).map(String)).toEqual([]);
    await screenshotBothThemes(options, 'options-admin-setup-open');
    await options.close();
  });

  it('answers a refused access token in its own words, never the server’s "Authorization: Bearer"', async () => {
    const options = await browser.openPage('options.html');
    await options.getByTestId('server-url').fill(worker.url);
    await options.getByTestId('access-token').fill('ipmo_not-a-real-token');
    await options.getByTestId('connect-token').click();
    const error = options.getByTestId('access-token-error');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      'The server did not accept this access: the token is wrong or was revoked. Ask your PMO for a new invite.',
    );
    expect(await readableText(options)).not.toMatch(/Authorization|Bearer/);
    await options.close();
  });

  it('after a server check said no workspace yet, joining turns it into "Signed in"', async () => {
    const options = await browser.openPage('options.html');
    await options.getByTestId('server-url').fill(worker.url);
    await options.getByTestId('test-connection').click();
    const result = options.getByTestId('connection-result');
    await expect.poll(() => result.getAttribute('data-state')).toBe('ok');
    expect(await result.textContent()).not.toContain('Signed in');

    await options.getByTestId('invite-code').fill(await createInvite(worker, owner, 'pm'));
    await options.getByTestId('join-name').fill('Alex Morgan');
    await options.getByTestId('join-email').fill('alex.morgan@acme.example');
    await options.getByTestId('join-workspace').click();
    await options.getByTestId('join-workspace-success').waitFor();

    await expect
      .poll(() => result.textContent())
      .toContain('Signed in to “Acme PMO” as Alex Morgan (Project manager).');
    expect(await result.textContent()).not.toMatch(/has not joined|No workspace/);
    expect(await result.getAttribute('data-state')).toBe('ok');
    await screenshotBothThemes(options, 'options-joined');
    await options.close();
  });
});

describe('the popup once joined', () => {
  it('gives the risk list the room: the forms wait behind buttons, each row says owner, status and review', async () => {
    const popup = await openPopup();
    const rows = popup.getByTestId('risk-item');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(5);
    expect(await popup.getByTestId('risk-title').count()).toBe(0);
    expect(await popup.getByTestId('new-project-code').count()).toBe(0);

    // One scroll, the page's: the list is never a scroll box of its own.
    const list = popup.getByTestId('risk-list');
    expect(await list.evaluate((element) => getComputedStyle(element).overflowY)).toBe('visible');
    // All five rows fit in the popup's first screen, under the header and the project picker.
    const lastRow = await rows.last().boundingBox();
    expect(lastRow && lastRow.y + lastRow.height).toBeLessThanOrEqual(popupSize.height);

    const racking = rows.filter({ hasText: 'Racking supplier delivers late' });
    expect(await racking.getByTestId('risk-owner').textContent()).toBe('Ada Lovelace');
    expect(await racking.getByTestId('risk-status').textContent()).toBe('Open');
    expect(await racking.getByTestId('risk-review').textContent()).toBe('Review overdue 12 days');
    expect(await racking.getByTestId('risk-review').getAttribute('data-overdue')).toBe('true');
    const landlord = rows.filter({ hasText: 'Landlord refuses the loading bay' });
    expect(await landlord.getByTestId('risk-review').textContent()).toBe('Review overdue 1 day');
    const licences = rows.filter({ hasText: 'Forklift licences expire' });
    expect(await licences.getByTestId('risk-owner').textContent()).toBe('No owner');
    expect(await licences.getByTestId('risk-status').textContent()).toBe('Mitigating');
    expect(await licences.getByTestId('risk-review').getAttribute('data-overdue')).toBe('false');
    const budget = rows.filter({ hasText: 'Budget cut' });
    expect(await budget.getByTestId('risk-status').textContent()).toBe('Closed');
    expect(await budget.getByTestId('risk-review').getAttribute('data-overdue')).toBe('false');
    await screenshotBothThemes(popup, 'popup-risks');

    await popup.getByTestId('open-add-risk').click();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('risk-title');
    await screenshotBothThemes(popup, 'popup-add-risk-open');
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.getByTestId('risk-title').count()).toBe(0);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-add-risk');

    await popup.getByTestId('open-new-project').click();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('new-project-code');
    await screenshotBothThemes(popup, 'popup-new-project-open');
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.getByTestId('new-project-code').count()).toBe(0);
    await popup.close();
  });

  it('the import and export page speaks to a PM too: writing back to a sheet says what to do instead', async () => {
    const page = await browser.openPage('import.html');
    await page.getByTestId('export-tab').click();
    const unavailable = page.getByTestId('export-write-back-unavailable');
    await unavailable.waitFor();
    expect(await unavailable.textContent()).toMatch(/Download the CSV, or copy the table/);
    const text = await readableText(page);
    expect(developerWords.filter((word) => word.test(text)).map(String)).toEqual([]);
    await page.close();
  });

  it('shows every score chip at 4.5:1 or more, in light and dark', async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.getByTestId('risk-score').count(), { timeout: 20_000 }).toBe(5);
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      const ratios = await popup.getByTestId('risk-score').evaluateAll((chips) =>
        chips.map((chip) => {
          const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          const luminance = (colour: string) => {
            const [red, green, blue] = channels(colour).map((value) => {
              const channel = value / 255;
              return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
          };
          const style = getComputedStyle(chip);
          const [lighter, darker] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
          return { band: chip.dataset.band, ratio: (lighter + 0.05) / (darker + 0.05) };
        }),
      );
      expect(new Set(ratios.map(({ band }) => band)), colorScheme).toEqual(
        new Set(['critical', 'high', 'medium', 'low']),
      );
      for (const { band, ratio } of ratios) expect(ratio, `${band} chip, ${colorScheme}`).toBeGreaterThanOrEqual(4.5);
    }
    await popup.close();
  });
});
