import { addDays, format } from 'date-fns';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { WorkspaceRoute } from '../../../extension/messaging/workspace-route';
// @ts-expect-error: plain ESM script shared with `npm start` and the screenshots; typed here by use.
import { demoProjectMutations } from '../../../scripts/demo-seed.mjs';
import type { ExtensionBrowser } from './extension-browser';
import { createInvite, joinInOptions, type Session } from './join-workspace';
import type { LocalWorker } from './local-worker';
import type { PushedMutation } from './workspace-records';

/** A risk as seeded, with what the heat map and the register read of it. */
export interface SeededRisk {
  id: string;
  title: string;
  probability: number;
  impact: number;
  residualProbability?: number;
  residualImpact?: number;
  status: string;
}

export interface SeededAction {
  id: string;
  title: string;
  done: boolean;
}

/** The demo project of scripts/demo-seed.mjs as the workspace tests seed it, and what they check against. */
export interface WorkspaceDemo {
  projectId: string;
  code: string;
  name: string;
  mutations: PushedMutation[];
  /** Every risk, in the order seeded. */
  risks: SeededRisk[];
  /** The risk raised from the Jira issue ACME-12 (its `source.jiraKey`): the Jira panel lists it. */
  jiraRisk: SeededRisk;
  actions: SeededAction[];
  /** The mandatory milestone 14 calendar days (exactly 10 working days) past its baseline and forecast. */
  lateMilestoneTitle: string;
}

type DemoMutation = { name: string; args: Record<string, unknown> };

/**
 * A calendar day `offset` days from today where the browser runs (its local day, which the app
 * calls today), rather than demo-seed.mjs's UTC day: a slip counted in working days must not move
 * by one when the test runs near midnight in another time zone.
 */
export const dayFromToday = (offset: number): string => format(addDays(new Date(), offset), 'yyyy-MM-dd');

/**
 * The demo project (scripts/demo-seed.mjs) managed by `manager`, mapped to the fixture's Jira
 * project ACME, with a risk raised from ACME-12, and its schedule made exactly amber: the one
 * mandatory milestone not done is 14 calendar days past a forecast equal to its baseline, which is
 * 10 working days of slip whatever the weekday (shared/analytics/rag/schedule-rag.ts: green up to
 * 5 working days, amber up to 15) and overdue (amber too); the other late one is moved back on plan.
 */
export function buildWorkspaceDemo(options: {
  manager: { id: string; name: string };
  jiraIssueUrl: string;
  code?: string;
}): WorkspaceDemo {
  const code = options.code ?? 'DEMO';
  const demo = demoProjectMutations({ code, manager: options.manager }) as {
    projectId: string;
    mutations: DemoMutation[];
  };
  const lateMilestoneTitle = 'Design system ready';
  const mutations: DemoMutation[] = demo.mutations.map((mutation) => {
    const { name, args } = mutation;
    if (name === 'project.create') return { name, args: { ...args, jiraProjectKeys: ['ACME'] } };
    if (name === 'milestone.create' && args.title === lateMilestoneTitle) {
      return { name, args: { ...args, baselineDate: dayFromToday(-14), forecastDate: dayFromToday(-14) } };
    }
    if (name === 'milestone.create' && args.title === 'Billing self-service live') {
      return { name, args: { ...args, forecastDate: args.baselineDate } };
    }
    return mutation;
  });
  const jiraRiskArgs = {
    id: crypto.randomUUID(),
    projectId: demo.projectId,
    title: 'Checkout API rate limits block the launch',
    probability: 5,
    impact: 5,
    owner: { name: 'Élodie Marchand' },
    reviewDate: dayFromToday(14),
    source: { jiraKey: 'ACME-12', url: options.jiraIssueUrl },
  };
  // Before the issues and actions, so the seed keeps its order: risks, then RAID, then reports.
  const firstIssue = mutations.findIndex((mutation) => mutation.name === 'issue.create');
  mutations.splice(firstIssue, 0, { name: 'risk.create', args: jiraRiskArgs });

  const risks = mutations
    .filter((mutation) => mutation.name === 'risk.create')
    .map(({ args }) => ({
      id: args.id as string,
      title: args.title as string,
      probability: args.probability as number,
      impact: args.impact as number,
      residualProbability: args.residualProbability as number | undefined,
      residualImpact: args.residualImpact as number | undefined,
      status: (args.status as string | undefined) ?? 'open',
    }));
  const actions = mutations
    .filter((mutation) => mutation.name === 'action.create')
    .map(({ args }) => ({ id: args.id as string, title: args.title as string, done: args.done as boolean }));
  const project = mutations.find((mutation) => mutation.name === 'project.create')?.args as { name: string };
  return {
    projectId: demo.projectId,
    code,
    name: project.name,
    mutations,
    risks,
    jiraRisk: risks.find((risk) => risk.id === jiraRiskArgs.id) as SeededRisk,
    actions,
    lateMilestoneTitle,
  };
}

/** A risk by its title among the seeded ones (the test fails at once on a typo). */
export function seededRisk(demo: WorkspaceDemo, title: string): SeededRisk {
  const found = demo.risks.find((risk) => risk.title === title);
  if (!found) throw new Error(`No seeded risk titled "${title}"`);
  return found;
}

/** The rating the register and the heat map read by default: residual when assessed, else inherent. */
export function currentRatingOf(risk: SeededRisk): { probability: number; impact: number } {
  return risk.residualProbability !== undefined && risk.residualImpact !== undefined
    ? { probability: risk.residualProbability, impact: risk.residualImpact }
    : { probability: risk.probability, impact: risk.impact };
}

/**
 * The band of a score on the default 5 × 5 matrix, written out here rather than imported from
 * shared/risk-score.ts, so a wrong band in the app cannot also be the expected one.
 */
export function bandOn5x5(score: number): 'low' | 'medium' | 'high' | 'critical' {
  return score >= 15 ? 'critical' : score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low';
}

/** Joins as a new member with `role` in the options page; answers the member's id on the Worker. */
export async function joinAs(
  worker: LocalWorker,
  owner: Session,
  browser: ExtensionBrowser,
  person: { role: string; name: string; email: string },
): Promise<string> {
  const code = await createInvite(worker, owner, person.role);
  const options = await joinInOptions(browser, { serverUrl: worker.url, code, name: person.name, email: person.email });
  await options.close();
  const listed = await worker.call<{ members: { id: string; email: string }[] }>(
    `/v1/workspaces/${owner.workspace.id}/members`,
    { token: owner.token },
  );
  expect(listed.status).toBe(200);
  const member = listed.json.members.find((candidate) => candidate.email === person.email);
  if (!member) throw new Error(`${person.email} is not a member after joining`);
  return member.id;
}

/** The workspace app's address for a route, as workspace-route.ts writes it. */
export function workspaceUrl(
  browser: ExtensionBrowser,
  route: Required<Pick<WorkspaceRoute, 'projectId'>> & Partial<WorkspaceRoute>,
): string {
  const hash = `#/projects/${route.projectId}/${route.tab ?? 'overview'}${route.recordId ? `/${route.recordId}` : ''}`;
  return `chrome-extension://${browser.extensionId}/workspace.html${hash}`;
}

/** Opens the workspace app in a tab of its own at `route`. */
export async function openWorkspace(
  browser: ExtensionBrowser,
  route: Required<Pick<WorkspaceRoute, 'projectId'>> & Partial<WorkspaceRoute>,
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(workspaceUrl(browser, route));
  return page;
}

/**
 * Clicks something that asks the background to open the workspace app (`workspace.open`, which
 * opens a new tab), and answers that tab once its page has loaded.
 */
export async function catchWorkspaceTab(browser: ExtensionBrowser, click: () => Promise<void>): Promise<Page> {
  const opened = browser.context.waitForEvent('page', {
    predicate: (candidate) => candidate.url().includes('/workspace.html'),
    timeout: 15_000,
  });
  await click();
  const page = await opened;
  await page.waitForLoadState('domcontentloaded');
  return page;
}

/**
 * What is on the browser's clipboard now, as text and as HTML, then empties it for the next copy.
 * Chromium refuses clipboard reads to extension pages ("Permission can't be granted to opaque
 * origins"), so it is read from a page of an http(s) `readerUrl` (a fixture's) granted
 * `clipboard-read`: the real clipboard the copy buttons wrote, not a stub. Chromium sanitises the
 * HTML it hands back (an attribute's `&quot;` comes back as `"`), as it would for any page pasting it.
 */
export async function readClipboard(
  browser: ExtensionBrowser,
  readerUrl: string,
): Promise<{ text: string; html: string | undefined }> {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(readerUrl).origin });
  const reader = await browser.context.newPage();
  try {
    await reader.goto(readerUrl);
    await reader.bringToFront();
    return await reader.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : undefined);
      const copied = { text: (await read('text/plain')) ?? '', html: await read('text/html') };
      await navigator.clipboard.writeText('');
      return copied;
    });
  } finally {
    await reader.close();
  }
}

/** `window.__pwned`, which the hostile string sets if it ever runs. */
export const readPwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

/** A day as the reports' copies write it in `language` (shared/i18n/format-message.ts: Intl, in UTC). */
export function formatReportDay(isoDay: string, language: 'en' | 'fr'): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDay.slice(0, 10)}T00:00:00Z`),
  );
}
