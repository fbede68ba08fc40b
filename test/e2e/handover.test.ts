import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import type { Session } from './support/join-workspace';
import type { LocalWorker } from './support/local-worker';
import { type OwnerAndPmo, startOwnerAndPmo } from './support/owner-and-pmo';
import { collectPageErrors } from './support/page-errors';
import { takeScreenshots } from './support/screenshots';
import { joinAs } from './support/workspace-app';
import { pushToWorker, type WorkerWorkspace } from './support/workspace-records';

// Issue 18, Acceptance 2: the handover ZIP opens with the system's unzip, and a CSV register from
// it re-imports through the import page with no problems. Against a real `wrangler dev`.

const screenshotDir = process.env.E2E_SCREENSHOT_DIR;

let worker: LocalWorker;
let owner: Session;
let pmo: ExtensionBrowser;
let zipPath: string;
const projectId = crypto.randomUUID();
const ownerWorkspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });

/** Lists and reads ZIP entries with the system's unzip, or Python's zipfile where unzip is missing. */
function listZip(path: string): string[] {
  try {
    const listing = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' });
    return listing.split('\n').filter(Boolean);
  } catch {
    const listing = execFileSync('python3', ['-m', 'zipfile', '-l', path], { encoding: 'utf8' });
    return listing
      .split('\n')
      .slice(1)
      .map((line) => line.split(/\s{2,}/)[0])
      .filter(Boolean);
  }
}
const readZipEntry = (path: string, entry: string) => execFileSync('unzip', ['-p', path, entry], { encoding: 'utf8' });

let setup: OwnerAndPmo | undefined;

beforeAll(async () => {
  setup = await startOwnerAndPmo();
  ({ worker, owner, pmo } = setup);
});

afterAll(async () => {
  await setup?.close();
});

describe('handover pack (issue 18, Acceptance 2)', () => {
  it('seeds a project with risks, an issue, a decision and an action', async () => {
    await joinAs(worker, owner, pmo, { role: 'pmo', name: 'Paula PMO', email: 'paula@acme.example' });
    const results = await pushToWorker(ownerWorkspace(), [
      { name: 'project.create', args: { id: projectId, code: 'CRM', name: 'CRM rollout', start: '2026-09-01' } },
      {
        name: 'risk.create',
        args: { id: crypto.randomUUID(), projectId, title: 'Supplier <b>late</b>', probability: 4, impact: 4 },
      },
      {
        name: 'risk.create',
        args: { id: crypto.randomUUID(), projectId, title: 'Key user leaves', probability: 2, impact: 3 },
      },
      { name: 'issue.create', args: { id: crypto.randomUUID(), projectId, title: 'Test environment down' } },
      {
        name: 'decision.create',
        args: {
          id: crypto.randomUUID(),
          projectId,
          statement: 'Migrate contacts first',
          decidedOn: '2026-11-18',
          decidedBy: 'Steering committee',
        },
      },
      { name: 'action.create', args: { id: crypto.randomUUID(), projectId, title: 'Book the rehearsal weekend' } },
    ]);
    expect(results.map((result) => result.status)).toEqual(Array(6).fill('applied'));
  });

  it('downloads handover-<workspace>-<date>.zip after showing its progress; unzip lists every file', async () => {
    const admin = await pmo.context.newPage();
    const errors = collectPageErrors(admin);
    await admin.setViewportSize({ width: 1280, height: 900 });
    await admin.goto(`chrome-extension://${pmo.extensionId}/admin.html#/handover`);
    const button = admin.getByTestId('handover-download');
    await button.waitFor({ timeout: 20_000 });
    await takeScreenshots(admin, 'handover-idle');
    const [download] = await Promise.all([admin.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^handover-acme-pmo-\d{4}-\d{2}-\d{2}\.zip$/);
    zipPath = join(screenshotDir ?? '/tmp', `e2e-${download.suggestedFilename()}`);
    await download.saveAs(zipPath);
    await admin.getByTestId('handover-done').waitFor();
    await takeScreenshots(admin, 'handover-done');

    const files = listZip(zipPath);
    expect(files).toEqual(
      expect.arrayContaining([
        'README.md',
        'projects/crm-crm-rollout/summary.md',
        'projects/crm-crm-rollout/risk.csv',
        'projects/crm-crm-rollout/raid.csv',
        'projects/crm-crm-rollout/plan.csv',
        'projects/crm-crm-rollout/resources.csv',
        'methodology/stage-gate-interim-pmo-standard.md',
        'backup.json',
      ]),
    );
    const summary = readZipEntry(zipPath, 'projects/crm-crm-rollout/summary.md');
    expect(summary).toContain('# CRM — CRM rollout');
    expect(summary).toContain('Supplier \\<b\\>late\\</b\\>');
    const backup = JSON.parse(readZipEntry(zipPath, 'backup.json'));
    expect(backup).toMatchObject({ formatVersion: 1, workspace: { id: owner.workspace.id, name: 'Acme PMO' } });
    expect(errors.list).toEqual([]);
    await admin.close();
  });

  it('re-imports the risk register from the ZIP through the import page with no problems', async () => {
    const csv = readZipEntry(zipPath, 'projects/crm-crm-rollout/risk.csv');
    const page = await pmo.context.newPage();
    await page.goto(`chrome-extension://${pmo.extensionId}/import.html`);
    const dropped = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'risk.csv', { type: 'text/csv' }));
      return transfer;
    }, csv);
    await page.getByTestId('import-drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
    const kind = page.getByTestId('import-kind');
    await kind.waitFor({ timeout: 20_000 });
    expect(await kind.inputValue()).toBe('risk');
    const project = page.getByTestId('import-kind-project');
    await project.selectOption(projectId);
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-mapping-row').first().waitFor();
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-preview').waitFor({ timeout: 20_000 });
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-problems-none').waitFor({ timeout: 20_000 });
    await page.close();
  });
});
