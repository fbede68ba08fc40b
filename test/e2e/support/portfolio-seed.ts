import type { Page } from 'playwright-core';
import { expect } from 'vitest';
// @ts-expect-error: plain ESM script shared with `npm start` and the screenshots; typed here by use.
import { portfolioManagers, seedPortfolio as seedPortfolioOnWorker } from '../../../scripts/demo-portfolio-seed.mjs';
// @ts-expect-error: plain ESM script shared with `npm start` and the screenshots; typed here by use.
import { dayFromToday } from '../../../scripts/demo-seed.mjs';
import type { PortfolioRollUp } from '../../../shared/analytics/portfolio/roll-up-portfolio';
import type { ExtensionBrowser } from './extension-browser';
import type { Session } from './join-workspace';
import type { LocalWorker } from './local-worker';
import type { PushedMutation } from './workspace-records';

/** A risk as scripts/demo-portfolio-seed.mjs seeds it. */
export interface PortfolioSeedRisk {
  id: string;
  projectId: string;
  title: string;
  probability: number;
  impact: number;
  residualProbability?: number;
  residualImpact?: number;
}

export interface PortfolioSeedProject {
  projectId: string;
  code: string;
  name: string;
  /** Index into `pms`. */
  managerIndex: number;
  sponsor: string;
  state: string;
  phaseName: string;
  milestoneIds: string[];
  riskIds: string[];
  risks: PortfolioSeedRisk[];
}

export interface PortfolioSeedGate {
  reviewId: string;
  projectId: string;
  code: string;
  toPhaseId: string;
  toPhaseName: string;
  managerIndex: number;
}

/** What scripts/demo-portfolio-seed.mjs made: three PMs with their tokens, twelve projects, three gates. */
export interface SeededPortfolio {
  template: { id: string; phases: { id: string; name: string; gate?: { mustMeet: { id: string; text: string }[] } }[] };
  pms: { id: string; name: string; email: string; token: string }[];
  people: { id: string; name: string }[];
  projects: PortfolioSeedProject[];
  gates: { ready: PortfolioSeedGate; unmet: PortfolioSeedGate; second: PortfolioSeedGate };
}

/** The three PMs' names and emails, as the seed invites them. */
export const seededManagers = portfolioManagers as { name: string; email: string }[];

/**
 * Seeds the portfolio of scripts/demo-portfolio-seed.mjs into the owner's workspace: the owner
 * creates the people and invites three PMs, each PM pushes their four projects with their own token.
 */
export async function seedPortfolio(worker: LocalWorker, owner: Session): Promise<SeededPortfolio> {
  const seeded = (await seedPortfolioOnWorker({
    url: worker.url,
    workspaceId: owner.workspace.id,
    token: owner.token,
  })) as SeededPortfolio;
  expect(seeded.projects).toHaveLength(12);
  return seeded;
}

/** One seeded project by code (the test fails at once on a typo). */
export function seededProject(seeded: SeededPortfolio, code: string): PortfolioSeedProject {
  const found = seeded.projects.find((project) => project.code === code);
  if (!found) throw new Error(`No seeded project ${code}`);
  return found;
}

/** GET /reports/portfolio as JSON (the Worker's roll-up, as of its UTC day). */
export async function readPortfolioReport(worker: LocalWorker, workspaceId: string, token: string) {
  const report = await worker.call<PortfolioRollUp>(`/v1/workspaces/${workspaceId}/reports/portfolio`, { token });
  expect(report.status).toBe(200);
  return report.json;
}

/** GET /reports/portfolio?format=csv as text. */
export async function readPortfolioCsv(worker: LocalWorker, workspaceId: string, token: string): Promise<string> {
  const response = await fetch(`${worker.url}/v1/workspaces/${workspaceId}/reports/portfolio?format=csv`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return response.text();
}

/** The dashboard's address: `dashboard.html#/<section>[?query]`. */
export function dashboardUrl(browser: ExtensionBrowser, section = 'portfolio', query = ''): string {
  return `chrome-extension://${browser.extensionId}/dashboard.html#/${section}${query ? `?${query}` : ''}`;
}

/** Opens the dashboard in a tab of its own and waits until the grid has rendered with data. */
export async function openDashboard(browser: ExtensionBrowser, section = 'portfolio', query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(dashboardUrl(browser, section, query));
  await waitForDashboardReady(page);
  return page;
}

/** `document.body.dataset.dashboardReady`, which the page sets once the grid shows data. */
export async function waitForDashboardReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.dashboardReady === 'true', undefined, { timeout });
}

/** The codes of the rows of the portfolio grid, in order. */
export async function readGridCodes(page: Page): Promise<string[]> {
  const ids = await page
    .locator('[data-testid="portfolio-grid"] tr[data-testid^="portfolio-row-"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.slice('portfolio-row-'.length));
}

/**
 * The textbook project of acceptance 2, whose earned value is worked out by hand (docs/domain.md
 * "Earned value"): BAC 100,000 over three items with no baseline and the finance figure as AC.
 *  - design: 40,000, all of it planned by today, 100 % done → PV 40,000, EV 40,000;
 *  - build: 30,000, all planned by today, 50 % done → PV 30,000, EV 15,000;
 *  - roll-out: 30,000, starts in a month → PV 0, EV 0.
 * PV 70,000, EV 55,000, AC 60,000: SPI 0.7857, CPI 0.9167, EAC (BAC / CPI) 109,090.91, VAC −9,090.91.
 */
export const textbook = {
  code: 'TXT',
  bac: 100_000,
  pv: 70_000,
  ev: 55_000,
  ac: 60_000,
  spi: 55_000 / 70_000,
  cpi: 55_000 / 60_000,
  eac: 100_000 / (55_000 / 60_000),
  vac: 100_000 - 100_000 / (55_000 / 60_000),
} as const;

/** The textbook project's mutations, as its manager pushes them; answers its id too. */
export function textbookProjectMutations(manager: { id: string; name: string }): {
  projectId: string;
  milestoneId: string;
  mutations: PushedMutation[];
} {
  const projectId = crypto.randomUUID();
  const milestoneId = crypto.randomUUID();
  const item = (title: string, start: number, durationDays: number, plannedValue: number, percentComplete: number) => ({
    name: 'planItem.create',
    args: {
      id: crypto.randomUUID(),
      projectId,
      title,
      start: dayFromToday(start) as string,
      durationDays,
      plannedValue,
      percentComplete,
    },
  });
  return {
    projectId,
    milestoneId,
    mutations: [
      {
        name: 'project.create',
        args: {
          id: projectId,
          code: textbook.code,
          name: 'Textbook earned value',
          state: 'active',
          sponsor: { name: 'Nathalie Perrin' },
          managerId: manager.id,
          managerName: manager.name,
          start: dayFromToday(-90) as string,
          targetEnd: dayFromToday(120) as string,
          bac: textbook.bac,
          actualCost: textbook.ac,
        },
      },
      item('Design', -80, 20, 40_000, 100),
      item('Build', -50, 10, 30_000, 50),
      item('Roll-out', 30, 20, 30_000, 0),
      {
        name: 'milestone.create',
        args: {
          id: milestoneId,
          projectId,
          title: 'Go-live',
          baselineDate: dayFromToday(70) as string,
          forecastDate: dayFromToday(70) as string,
          mandatory: true,
        },
      },
    ],
  };
}
