import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type JiraFixture, jiraFixtureChromiumArgs, startJiraFixture } from '../fixtures/jira/server';
import { ExtensionBrowser } from './support/extension-browser';
import type { Session } from './support/join-workspace';
import { bootstrapSecret, LocalWorker } from './support/local-worker';
import {
  bandOn5x5,
  buildWorkspaceDemo,
  catchWorkspaceTab,
  currentRatingOf,
  dayFromToday,
  formatReportDay,
  joinAs,
  openWorkspace,
  readClipboard,
  type SeededRisk,
  seededRisk,
  type WorkspaceDemo,
} from './support/workspace-app';
import {
  pushToWorker,
  type SyncedRecord,
  type WorkerWorkspace,
  waitForWorkerRecords,
  workerRecordsOf,
} from './support/workspace-records';

// The flow of workspace.test.ts in a French browser (issue 14, Acceptance 2): Chromium speaks
// French (ExtensionBrowser `language: 'fr'`), so the extension's texts come from
// extension/locales/fr.yml and shared/ messages (RAG reasons, findings, refusals, the report's
// copies) from shared/i18n/fr.ts. Every text asserted here is the French one.

let worker: LocalWorker;
let jira: JiraFixture;
let owner: Session;
let pm: ExtensionBrowser;
let pmo: ExtensionBrowser;
let pmId: string;
let demo: WorkspaceDemo;
let app: Page;
const pmName = 'Alex Morgan';
/** A project the PM does not manage, whose code the PM will try to take. */
const other = { id: crypto.randomUUID(), code: 'OPS', name: 'Opérations de support' };

const ownerWorkspace = (): WorkerWorkspace => ({ worker, workspaceId: owner.workspace.id, token: owner.token });
async function waitForWorkerRecord(
  entity: string,
  id: string,
  isDone: (record: SyncedRecord) => boolean,
): Promise<SyncedRecord> {
  const records = await waitForWorkerRecords(ownerWorkspace(), entity, (all) =>
    all.some((record) => record.id === id && isDone(record)),
  );
  return records.find((record) => record.id === id) as SyncedRecord;
}
const registerRow = (page: Page, riskId: string) => page.locator(`[data-testid="risk-row"][data-risk-id="${riskId}"]`);
const listedRiskIds = (page: Page) =>
  page.getByTestId('risk-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-risk-id')));
const hashOf = (page: Page) => new URL(page.url()).hash;
/** Pages a test opens for a look (popups, Jira, the PMO's view), closed after it even when it fails. */
const openedPages: Page[] = [];
const track = (page: Page): Page => {
  openedPages.push(page);
  return page;
};
const clipboardReaderUrl = () => `${jira.origin}/jira/your-work`;
/** Days as the French copies and screens write them ("5 déc. 2026"). */
const jour = (iso: string) => formatReportDay(iso, 'fr');

async function openRiskFromRegister(page: Page, risk: SeededRisk): Promise<void> {
  await registerRow(page, risk.id).getByTestId('risk-row-title').click();
  await expect.poll(() => page.getByTestId('risk-editor-title').textContent()).toBe(risk.title);
}

beforeAll(async () => {
  [worker, jira] = await Promise.all([LocalWorker.start(), startJiraFixture()]);
  const created = await worker.call<Session>('/v1/workspaces', {
    token: bootstrapSecret,
    body: { name: 'PMO Acme', owner: { name: 'Olivia Owner', email: 'olivia@acme.example' } },
  });
  expect(created.status).toBe(201);
  owner = created.json;
  [pm, pmo] = await Promise.all([
    ExtensionBrowser.launch({ extraArgs: jiraFixtureChromiumArgs, language: 'fr' }),
    ExtensionBrowser.launch({ language: 'fr' }),
  ]);
});

afterEach(async () => {
  await Promise.all(openedPages.splice(0).map((page) => page.close()));
});

afterAll(async () => {
  await Promise.all([pm?.close(), pmo?.close()]);
  await jira?.close();
  await worker?.stop();
});

describe("l'espace de travail en français (Acceptance 2)", () => {
  it('starts from a PM and a PMO joined, the demo project the PM manages and another project', async () => {
    [pmId] = await Promise.all([
      joinAs(worker, owner, pm, { role: 'pm', name: pmName, email: 'alex.morgan@acme.example' }),
      joinAs(worker, owner, pmo, { role: 'pmo', name: 'Priya PMO', email: 'priya.pmo@acme.example' }),
    ]);
    demo = buildWorkspaceDemo({ manager: { id: pmId, name: pmName }, jiraIssueUrl: `${jira.origin}/browse/ACME-12` });
    const results = await pushToWorker(ownerWorkspace(), [
      ...demo.mutations,
      { name: 'project.create', args: { ...other, state: 'active' } },
    ]);
    expect(results.filter((result) => result.status !== 'applied')).toEqual([]);
  });

  it("opens from the popup's « Ouvrir l'espace de travail », with French tabs and facts", async () => {
    const popup = track(await pm.openPage('popup.html'));
    // The popup shows the first project by code: DEMO before OPS.
    await expect.poll(() => popup.getByTestId('risk-item').count(), { timeout: 20_000 }).toBe(demo.risks.length);
    expect(await popup.getByTestId('open-workspace').textContent()).toBe("Ouvrir l'espace de travail");
    const overview = track(await catchWorkspaceTab(pm, () => popup.getByTestId('open-workspace').click()));
    expect(hashOf(overview)).toBe(`#/projects/${demo.projectId}/overview`);
    await expect.poll(() => overview.getByTestId('fact-code').textContent()).toBe(demo.code);
    expect(await overview.getByRole('tab').allTextContents()).toEqual([
      "Vue d'ensemble",
      'Planning',
      'Risques',
      'RAID',
      'Ressources',
      'Coûts',
      'Avancement',
      'Passage de phase',
    ]);
    expect(await overview.locator('#overview-facts-title').textContent()).toBe('Fiche du projet');
    expect(await overview.getByTestId('project-facts').locator('dt').allTextContents()).toEqual([
      'Code',
      'Nom',
      'État',
      'Chef de projet',
      'Sponsor',
      'Début',
      'Fin visée',
      'Budget',
      'Priorité stratégique',
      'Projets Jira',
      'Feuilles Google',
    ]);
    expect(await overview.getByTestId('fact-manager').textContent()).toBe(pmName);
    expect(await overview.getByTestId('fact-start').textContent()).toBe(jour(dayFromToday(-120)));
    await overview.close();
  });

  it('opens the Jira risk from the panel, rates it 3 × 4 residual, and the register, popup and panel agree on 12 « Élevé »', async () => {
    const issue = track(await pm.context.newPage());
    await issue.goto(`${jira.origin}/browse/ACME-12`);
    const linked = issue.getByTestId('pmo-linked-risk');
    await expect.poll(() => linked.count(), { timeout: 15_000 }).toBe(1);
    expect(await issue.getByTestId('pmo-panel').getByTestId('pmo-open-workspace').textContent()).toBe(
      "Ouvrir l'espace de travail",
    );
    app = await catchWorkspaceTab(pm, () => linked.getByTestId('pmo-open-risk').click());
    await issue.close();
    expect(hashOf(app)).toBe(`#/projects/${demo.projectId}/risks/${demo.jiraRisk.id}`);
    await expect.poll(() => app.getByTestId('risk-editor-title').textContent()).toBe(demo.jiraRisk.title);
    expect(await app.getByTestId('risk-assess-residual').textContent()).toBe('Évaluer le risque résiduel');
    expect(await app.getByTestId('risk-escalate').textContent()).toBe('Remonter…');
    expect(await app.getByTestId('risk-occurred').textContent()).toBe('Survenu → problème…');

    await app.getByTestId('risk-assess-residual').click();
    await app.getByTestId('risk-residual-probability-3').click();
    await app.getByTestId('risk-residual-impact-4').click();
    expect(await app.getByTestId('risk-save').textContent()).toBe('Enregistrer');
    await app.getByTestId('risk-save').click();
    await expect.poll(() => app.getByTestId('risk-editor-state').textContent()).toBe('Enregistré.');
    await waitForWorkerRecord('risk', demo.jiraRisk.id, (risk) => risk.residualImpact === 4);
    demo.jiraRisk.residualProbability = 3;
    demo.jiraRisk.residualImpact = 4;
    await app.getByTestId('risk-editor-close').click();

    const row = registerRow(app, demo.jiraRisk.id);
    await expect.poll(() => row.getByTestId('risk-row-score').textContent()).toBe('12');
    expect(await row.getByTestId('risk-row-score').getAttribute('data-band')).toBe('high');
    expect(await row.locator('.score-chip-wrap').getAttribute('title')).toContain('Élevé');
    expect(await row.getByTestId('risk-row-status').textContent()).toBe('Ouvert');

    const popup = track(await pm.openPage('popup.html'));
    const item = popup.locator(`[data-testid="risk-item"][data-risk-id="${demo.jiraRisk.id}"]`);
    await expect.poll(() => item.getByTestId('risk-score').textContent()).toBe('12');
    expect(await item.getByTestId('risk-score').getAttribute('data-band')).toBe('high');
    await popup.close();

    const again = track(await pm.context.newPage());
    await again.goto(`${jira.origin}/browse/ACME-12`);
    const chip = again.getByTestId('pmo-linked-risk').locator('.score-chip');
    await expect.poll(() => chip.textContent(), { timeout: 15_000 }).toBe('12');
    expect(await chip.getAttribute('data-band')).toBe('high');
    await again.close();
  });

  it('filters the register to a heat-map cell described in French', async () => {
    const expected = demo.risks
      .filter((risk) => risk.status === 'open' || risk.status === 'mitigating')
      .filter((risk) => {
        const rating = currentRatingOf(risk);
        return rating.probability === 3 && rating.impact === 4;
      })
      .map((risk) => risk.id)
      .sort();
    expect(expected).toHaveLength(3);
    expect(await app.locator('#risks-heat-title').textContent()).toBe('Carte de chaleur');
    const cell = app.getByTestId('risks-heat-cell-3-4');
    expect(await cell.getAttribute('aria-label')).toBe('Probabilité 3 (Possible) × impact 4 (Majeur) : 3 risques');
    await cell.click();
    await expect.poll(async () => (await listedRiskIds(app)).sort()).toEqual(expected);
    await cell.click();
    await expect.poll(() => app.getByTestId('risk-row').count()).toBe(demo.risks.length);
  });

  it('escalates, marks a risk occurred and closes an action, each told in French', async () => {
    const migration = seededRisk(demo, 'Data migration scripts untested on production volumes');
    await openRiskFromRegister(app, migration);
    await app.getByTestId('risk-escalate').click();
    expect(await app.locator('#risk-escalate-title').textContent()).toBe(`Remonter « ${migration.title} »`);
    await app.getByTestId('risk-escalate-to').fill('Comité de programme');
    await app.getByTestId('risk-escalate-reason').fill('Une bascule ratée arrêterait la facturation.');
    await app.getByTestId('risk-escalate-confirm').click();
    await expect.poll(() => app.getByTestId('risk-editor-state').textContent()).toBe('Remonté à Comité de programme.');
    const escalated = await waitForWorkerRecord('risk', migration.id, (record) => record.escalatedAt !== undefined);
    expect(escalated).toMatchObject({
      escalatedTo: 'Comité de programme',
      escalationReason: 'Une bascule ratée arrêterait la facturation.',
    });
    await app.getByTestId('risk-editor-close').click();
    await expect.poll(() => registerRow(app, migration.id).locator('.risks-tag').first().textContent()).toBe('Remonté');

    const callCentre = seededRisk(demo, 'Call-centre staff not trained in time');
    await openRiskFromRegister(app, callCentre);
    await app.getByTestId('risk-occurred').click();
    expect(await app.locator('#risk-occurred-title').textContent()).toBe(
      `Marquer « ${callCentre.title} » comme survenu ?`,
    );
    expect(await app.getByTestId('risk-occurred-confirm').textContent()).toBe('Marquer survenu et ouvrir le problème');
    await app.getByTestId('risk-occurred-confirm').click();
    const issuePath = new RegExp(`^#/projects/${demo.projectId}/raid/([0-9a-f-]{36})$`);
    await expect.poll(() => hashOf(app)).toMatch(issuePath);
    const issueId = issuePath.exec(hashOf(app))?.[1] as string;
    const editor = app.getByTestId('issue-editor');
    await editor.waitFor();
    expect(await editor.locator('.raid-editor__kind').textContent()).toBe('Problème');
    expect(await editor.getByTestId('issue-from-risk').textContent()).toBe(`Issu du risque ${callCentre.title}`);
    const occurred = await waitForWorkerRecord('risk', callCentre.id, (record) => record.status === 'occurred');
    expect(occurred.issueId).toBe(issueId);
    expect(await waitForWorkerRecord('issue', issueId, () => true)).toMatchObject({ riskId: callCentre.id });
    callCentre.status = 'occurred';
    await editor.getByTestId('raid-editor-close').click();

    const action = demo.actions.find((candidate) => candidate.title === 'Restore the nightly test data refresh');
    if (!action) throw new Error('The demo has no such action');
    await app.getByTestId('raid-tab-actions').click();
    const done = app.getByTestId(`action-done-${action.id}`);
    expect(await done.textContent()).toBe('Marquer faite');
    await done.click();
    await expect.poll(() => app.getByTestId('raid-notice').textContent()).toContain(`« ${action.title} » est faite.`);
    await waitForWorkerRecord('action', action.id, (record) => record.done === true);
  });

  const reason = 'Design system en retard de deux semaines ; pilote de facturation intact';
  const summary = 'Le design system a deux semaines de retard ; le pilote de facturation tient sa date.';
  let reportId: string;

  it('writes the status in French: the suggested amber and its reason, the watermelon and its coaching, submitted read-only', async () => {
    await app.getByTestId('tab-status').click();
    expect(await app.getByTestId('new-report').textContent()).toBe('Nouveau rapport');
    await app.getByTestId('new-report').click();
    const reportPath = new RegExp(`^#/projects/${demo.projectId}/status/([0-9a-f-]{36})$`);
    await expect.poll(() => hashOf(app)).toMatch(reportPath);
    reportId = reportPath.exec(hashOf(app))?.[1] as string;
    const schedule = app.getByTestId('light-schedule');
    await schedule.waitFor();
    expect(await schedule.locator('legend').textContent()).toBe('Délais');
    expect(await schedule.getAttribute('data-suggested')).toBe('amber');
    expect(await app.getByTestId('light-reason-schedule').textContent()).toBe(
      'Un jalon obligatoire a glissé de 10 jours ouvrés, au-delà de la tolérance verte de 5.',
    );
    expect(await schedule.locator('.rag-option').allTextContents()).toEqual(['Vert', 'Orange', 'Rouge']);

    await app.getByTestId('light-schedule-green').click();
    await app.getByTestId('watermelon-finding').waitFor();
    expect(await app.getByTestId('watermelon-message').textContent()).toBe(
      `Ce rapport affiche vert, mais des jalons obligatoires sont en retard (1 : « ${demo.lateMilestoneTitle} »).`,
    );
    expect(await app.getByTestId('watermelon-coaching').textContent()).toBe(
      'Que faire : Une « pastèque » est verte dehors et rouge dedans : le sponsor apprend les difficultés trop tard pour agir. Comparez votre choix au statut suggéré, puis changez la couleur ou expliquez dans le rapport pourquoi les données trompent.',
    );
    expect(await schedule.locator('label[for="status-light-schedule-reason"]').textContent()).toBe(
      'Raison de votre choix (obligatoire)',
    );
    await app.getByTestId('light-schedule-reason').fill(reason);
    await app.getByTestId('light-schedule-amber').click();
    await expect.poll(() => app.getByTestId('watermelon-finding').count()).toBe(0);
    await app.getByTestId('status-summary').fill(summary);
    await expect
      .poll(() => app.getByTestId('save-state').textContent())
      .toBe('Toutes les modifications sont enregistrées');

    expect(await app.getByTestId('submit-report').textContent()).toBe('Soumettre le rapport');
    await app.getByTestId('submit-report').click();
    await app.getByTestId('submit-dialog-confirm').click();
    await expect.poll(() => app.getByTestId('status-report').getAttribute('data-state')).toBe('submitted');
    expect(await app.getByTestId('report-state').textContent()).toBe('Soumis');
    expect(await app.locator('.status-tab__main').locator('input, textarea, select').count()).toBe(0);
    const onWorker = await waitForWorkerRecord('statusReport', reportId, (record) => record.state === 'submitted');
    expect(onWorker).toMatchObject({
      summary,
      dimensions: {
        schedule: {
          chosen: 'amber',
          reason,
          // The reason is stored in the writer's language.
          suggestedReason: 'Un jalon obligatoire a glissé de 10 jours ouvrés, au-delà de la tolérance verte de 5.',
        },
      },
    });

    await app.bringToFront();
    expect(await app.getByTestId('copy-markdown').textContent()).toBe('Copier en Markdown');
    await app.getByTestId('copy-markdown').click();
    await expect.poll(() => app.getByTestId('copy-notice').textContent()).toBe('Rapport copié en Markdown.');
    const lines = (await readClipboard(pm, clipboardReaderUrl())).text.split('\n');
    const risks = await workerRecordsOf(ownerWorkspace(), 'risk');
    const frenchBand = { low: 'faible', medium: 'moyen', high: 'élevé', critical: 'critique' } as const;
    const keyRiskLines = (onWorker.keyRiskIds as string[]).map((id) => {
      const risk = risks.find((candidate) => candidate.id === id) as SyncedRecord;
      const rating = currentRatingOf(risk as unknown as SeededRisk);
      const score = rating.probability * rating.impact;
      return `- ${risk.title} : score ${score} (${frenchBand[bandOn5x5(score)]}), responsable ${(risk.owner as { name: string }).name}`;
    });
    expect(keyRiskLines).toContain(`- ${demo.jiraRisk.title} : score 12 (élevé), responsable Élodie Marchand`);
    for (const line of [
      `# Rapport d’avancement : ${demo.code} – ${demo.name}`,
      `**Période :** du ${jour(onWorker.periodStart as string)} au ${jour(onWorker.periodEnd as string)}\\`,
      `**Soumis :** le ${jour(onWorker.submittedAt as string)} par ${pmName}`,
      '| Dimension | Déclaré | Suggéré par les données | Raison |',
      `| Délais | 🟠 Orange | 🟠 Orange | ${reason} (données : Un jalon obligatoire a glissé de 10 jours ouvrés, au-delà de la tolérance verte de 5.) |`,
      summary,
      ...keyRiskLines,
      '- Call-centre staff not trained in time : priorité haute, ouvert',
      '| Jalon | Prévision |',
      `| ${demo.lateMilestoneTitle} | ${jour(dayFromToday(-14))} |`,
    ]) {
      expect(lines).toContain(line);
    }
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([
      `# Rapport d’avancement : ${demo.code} – ${demo.name}`,
      '## Synthèse',
      '## Risques clés',
      '## Problèmes clés',
      '## Prévisions des jalons',
    ]);
  });

  it('shows the submitted report to the PMO profile in French', async () => {
    const page = track(await openWorkspace(pmo, { projectId: demo.projectId, tab: 'status' }));
    const item = page.locator('[data-testid="history-item"]', {
      has: page.locator(`a[href$="/status/${reportId}"]`),
    });
    await expect.poll(() => item.getAttribute('data-state'), { timeout: 20_000 }).toBe('submitted');
    await expect.poll(() => page.getByTestId('report-summary').textContent()).toBe(summary);
    expect(await page.getByTestId('report-state').textContent()).toBe('Soumis');
    const onWorker = (await workerRecordsOf(ownerWorkspace(), 'statusReport')).find((report) => report.id === reportId);
    expect(await page.getByTestId('report-byline').textContent()).toBe(
      `Soumis par ${pmName} le ${jour(onWorker?.submittedAt as string)}`,
    );
    expect(await page.getByTestId('report-light-schedule').locator('th').textContent()).toBe('Délais');
    await page.close();
  });

  it('refuses a project code already in use, in French, and changes nothing', async () => {
    await app.getByTestId('tab-overview').click();
    await app.getByTestId('facts-edit').click();
    await app.getByTestId('facts-code').fill(other.code.toLowerCase());
    await app.getByTestId('facts-save').click();
    await expect
      .poll(() => app.getByTestId('facts-error').textContent())
      .toBe(`Le code ${other.code} est déjà utilisé par le projet « ${other.name} » ; choisissez-en un autre.`);
    expect(await app.getByTestId('facts-code').inputValue()).toBe(other.code.toLowerCase());
    const projects = await workerRecordsOf(ownerWorkspace(), 'project');
    expect(projects.map((project) => project.code).sort()).toEqual([demo.code, other.code].sort());
  });
});
