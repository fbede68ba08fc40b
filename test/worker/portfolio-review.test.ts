import { exports } from 'cloudflare:workers';
import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildProjectView } from '../../extension/pages/workspace/project-view';
import {
  buildPortfolioDashboard,
  groupByProject,
  type MemberSummary,
  type PortfolioResponse,
  PortfolioResponseSchema,
  type Template,
} from '../../shared';
import { textbookPortfolio } from '../fixtures/portfolio/textbook-portfolio';
import { addMember, call, createWorkspace } from './api';
import { pullRecords } from './portfolio-records';
import { type Intent, TestClient } from './sync-client';

const utcToday = () => new Date().toISOString().slice(0, 10);

async function seedTextbook() {
  const owner = await createWorkspace();
  const today = utcToday();
  const portfolio = textbookPortfolio(today);
  const pushed = await new TestClient(owner).push(portfolio.intents as Intent[]);
  expect(pushed.json.results.map((result) => result.status)).toEqual(portfolio.intents.map(() => 'applied'));
  return { owner, today, portfolio };
}

describe('acceptance 2: one textbook dataset, the same figures everywhere', () => {
  it('gives the same EVM figures and lights in the API JSON, the API CSV, the dashboard and the PM workspace', async () => {
    const { owner, today, portfolio } = await seedTextbook();
    const path = `/v1/workspaces/${owner.workspace.id}/reports/portfolio`;
    const json = await call<PortfolioResponse>(path, { token: owner.token });
    expect(json.status).toBe(200);
    const api = PortfolioResponseSchema.parse(json.json);
    const raw = await exports.default.fetch(`https://api.test${path}?format=csv`, {
      headers: { Authorization: `Bearer ${owner.token}` },
    });
    const csv = parse<Record<string, string>>(await raw.text(), { header: true, skipEmptyLines: true }).data;
    const records = await pullRecords(new TestClient(owner));
    const dashboard = buildPortfolioDashboard(records, today);
    const member = { id: owner.member.id, name: 'Olivia Owner', role: 'owner' } as unknown as MemberSummary;

    for (const code of ['TXT', 'CAL'] as const) {
      const expected = portfolio.expected[code === 'TXT' ? 'txt' : 'cal'];
      const fromApi = api.projects.find((project) => project.code === code)!;
      const fromDashboard = dashboard.projects.find((project) => project.code === code)!;
      const row = csv.find((line) => line.code === code)!;
      const projectRecords = groupByProject(records).find((entry) => entry.project.code === code)!;
      const pmView = buildProjectView(
        {
          settings: records.settings,
          templates: records.templates as Template[],
          persons: [...records.persons],
          allAllocations: [...records.allocations],
          allProjects: [...records.projects],
          records: projectRecords,
          decisions: [],
          raci: [],
        },
        { workspaceId: owner.workspace.id, member, today, language: 'en' },
      );
      const surfaces = {
        api: fromApi.earnedValue,
        dashboard: fromDashboard.earnedValue,
        workspace: pmView.analysis.earnedValue.indicators,
      };
      for (const [surface, figures] of Object.entries(surfaces)) {
        expect(figures, surface).toMatchObject({
          bac: expected.bac,
          pv: expected.pv,
          ev: expected.ev,
          ac: expected.ac,
          spi: expected.spi,
          eacCpi: expected.eac,
          vacCpi: expected.vac,
        });
        expect(figures.cpi, surface).toBeCloseTo(expected.cpi, 12);
      }
      expect(Number(row.bac)).toBe(expected.bac);
      expect(Number(row.pv)).toBe(expected.pv);
      expect(Number(row.ev)).toBe(expected.ev);
      expect(Number(row.ac)).toBe(expected.ac);
      expect(Number(row.spi)).toBe(Number(expected.spi.toFixed(3)));
      expect(Number(row.cpi)).toBe(Number(expected.cpi.toFixed(3)));
      expect(Number(row.eac)).toBe(expected.eac);
      expect(Number(row.vac)).toBe(expected.vac);
      // The lights: the same suggestion per dimension, and the same reported light.
      expect(fromApi.suggestedRag).toEqual(JSON.parse(JSON.stringify(fromDashboard.suggestedRag)));
      expect(pmView.suggestion).toEqual(fromDashboard.suggestedRag);
      expect(row.suggested_rag).toBe(fromDashboard.suggestedRag.overall.rag);
      expect(row.schedule_rag).toBe(fromDashboard.suggestedRag.dimensions.schedule.rag);
      expect(row.cost_rag).toBe(fromDashboard.suggestedRag.dimensions.cost.rag);
      expect(row.reported_rag).toBe(fromApi.reportedRag?.rag);
      expect(row.watermelon).toBe(String(fromApi.isWatermelon));
    }
    const txt = api.projects.find((project) => project.code === 'TXT')!;
    expect(txt).toMatchObject({
      sponsorName: 'Dana Sponsor',
      isWatermelon: true,
      reportedRag: { rag: 'green' },
      ragMoves: { overall: 'better' },
      suggestedRag: { overall: { rag: 'red' }, dimensions: { schedule: { rag: 'red' }, cost: { rag: 'red' } } },
    });
    expect(api).toEqual(JSON.parse(JSON.stringify(dashboard)));
  });
});

describe('gate.decide through the Worker', () => {
  async function requestedGate() {
    const owner = await createWorkspace();
    const pm = await addMember(owner, 'pm');
    const pmo = await addMember(owner, 'pmo');
    const pmClient = new TestClient(pm);
    const template = (await pullRecords(pmClient)).templates[0];
    const [first, second] = template.phases;
    const projectId = crypto.randomUUID();
    const reviewId = crypto.randomUUID();
    const pushed = await pmClient.push([
      {
        name: 'project.create',
        args: { id: projectId, code: 'GATE', name: 'Gate demo', templateId: template.id, currentPhaseId: first.id },
      },
      {
        name: 'gate.request',
        args: {
          id: reviewId,
          projectId,
          templateId: template.id,
          toPhaseId: second.id,
          mustMeet: (second.gate?.mustMeet ?? []).map((criterion) => ({ criterionId: criterion.id, met: true })),
          shouldMeet: [],
          evidenceLinks: [],
        },
      },
    ]);
    expect(pushed.json.results.map((result) => result.status)).toEqual(['applied', 'applied']);
    return { owner, pm, pmo, pmClient, projectId, reviewId, first, second };
  }

  it("moves the project on a go in the same mutation, and the PM's pull shows both records", async () => {
    const { pmo, pmClient, projectId, reviewId, second } = await requestedGate();
    const report = await call<PortfolioResponse>(`/v1/workspaces/${pmo.workspace.id}/reports/portfolio`, {
      token: pmo.token,
    });
    expect(report.json.pendingGates).toMatchObject([{ reviewId, projectCode: 'GATE', toPhaseName: second.name }]);
    const decided = await new TestClient(pmo).push([
      { name: 'gate.decide', args: { id: reviewId, decision: 'go', conditions: 'Re-baseline first' } },
    ]);
    expect(decided.json.results[0].status).toBe('applied');
    const pulled = await pmClient.pull();
    const puts = pulled.json.patch.filter((op) => op.op === 'put');
    expect(puts.find((op) => op.op === 'put' && op.entity === 'gateReview')).toMatchObject({
      value: { id: reviewId, status: 'decided', decision: 'go', conditions: 'Re-baseline first' },
    });
    expect(puts.find((op) => op.op === 'put' && op.entity === 'project')).toMatchObject({
      value: { id: projectId, currentPhaseId: second.id },
    });
    const after = await call<PortfolioResponse>(`/v1/workspaces/${pmo.workspace.id}/reports/portfolio`, {
      token: pmo.token,
    });
    expect(after.json.pendingGates).toEqual([]);
    expect(after.json.projects[0].phase?.name).toBe(second.name);
  });

  it('refuses a kill without a reason, in words a PM understands, and records one with it', async () => {
    const { pmo, reviewId, pmClient, projectId, first } = await requestedGate();
    const client = new TestClient(pmo);
    const refused = await client.push([{ name: 'gate.decide', args: { id: reviewId, decision: 'kill' } }]);
    expect(refused.json.results[0]).toMatchObject({
      status: 'rejected',
      error: { code: 'gate_reason_required', message: expect.stringContaining('Say why you decide "kill"') },
    });
    const killed = await client.push([
      { name: 'gate.decide', args: { id: reviewId, decision: 'kill', reason: 'The business case no longer holds.' } },
    ]);
    expect(killed.json.results[0].status).toBe('applied');
    const records = await pullRecords(pmClient);
    expect(records.gateReviews[0]).toMatchObject({ decision: 'kill', reason: 'The business case no longer holds.' });
    expect(records.projects.find((project) => project.id === projectId)?.currentPhaseId).toBe(first.id);
  });
});
