import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  buildPortfolioDashboard,
  filterPortfolioDashboard,
  portfolioCsvColumns,
  renderPortfolioCsv,
  renderPortfolioMarkdown,
  rollUpPortfolio,
} from '../../../shared';
import { recordsOf, richWorkspace, today } from '../analytics/portfolio/portfolio-workspace';
import { owner } from '../mutations/workspace-fixture';

const hostile = '<img src=x onerror=alert(1)> *bold* | pipe';

function dashboard() {
  const { workspace, portfolio } = richWorkspace();
  workspace.must(
    'project.update',
    { id: portfolio.ids.cal, patch: { name: hostile, sponsor: { name: '=cmd|x' } } },
    owner,
  );
  return buildPortfolioDashboard(recordsOf(workspace), today);
}

describe('renderPortfolioMarkdown', () => {
  it('writes every section, with suggested and reported lights in words and the EVM figures', () => {
    const markdown = renderPortfolioMarkdown(dashboard(), { language: 'en', generatedAt: '25 Nov 2026, 10:00' });
    expect(markdown).toMatch(/^# Portfolio review, Nov 25, 2026\n/);
    for (const heading of [
      'Summary',
      'Projects and lights',
      'Earned value',
      'Top risks by exposure',
      'Gate reviews waiting for a decision',
      'Over-allocated people',
      'Health findings by project',
      'Health findings by rule',
    ])
      expect(markdown).toContain(`\n## ${heading}\n`);
    expect(markdown).toContain('| TXT | Textbook earned value |');
    expect(markdown).toContain('red (reported: green)');
    expect(markdown).toContain('| TXT | 100,000 | 50,000 | 40,000 | 45,000 | 0.8 | 0.889 | 112,500 | -12,500 |');
    expect(markdown).toContain('| Bob Builder | 2026-11-30 | 50 | 40 |');
    expect(markdown).toContain('| TXT | Textbook earned value | Discover | Build |');
    expect(markdown).toContain('Green status the data contradicts');
  });

  it('escapes text from records so it stays text where the copy is pasted', () => {
    const markdown = renderPortfolioMarkdown(dashboard(), { language: 'en', filterDescription: 'sponsor <b>' });
    expect(markdown).not.toMatch(/(^|[^\\])<img/m);
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\> \\*bold\\* \\| pipe');
    expect(markdown).toContain('Filter: sponsor \\<b\\>');
  });

  it('writes French, with the French spacing before a colon', () => {
    const markdown = renderPortfolioMarkdown(dashboard(), { language: 'fr' });
    expect(markdown).toMatch(/^# Revue du portefeuille, 25 nov\. 2026\n/);
    expect(markdown).toContain('## Valeur acquise');
    expect(markdown).toContain('rouge (déclaré : vert)');
    expect(markdown).toContain('Projets : 2');
  });

  it('says so when a section is empty', () => {
    const empty = filterPortfolioDashboard(dashboard(), { rag: 'green' });
    expect(renderPortfolioMarkdown(empty, { language: 'en' })).toContain('## Top risks by exposure\n\nNone.');
  });
});

describe('renderPortfolioCsv', () => {
  it('writes one row per project with sponsor, phase and watermelon, the same from the roll-up and the dashboard', () => {
    const { workspace } = richWorkspace();
    const records = recordsOf(workspace);
    const fromDashboard = renderPortfolioCsv(buildPortfolioDashboard(records, today));
    const { data, meta } = parse<Record<string, string>>(fromDashboard, { header: true, skipEmptyLines: true });
    expect(meta.fields).toEqual([...portfolioCsvColumns]);
    expect(meta.fields).toEqual(expect.arrayContaining(['sponsor', 'phase', 'watermelon', 'pv', 'ev', 'ac']));
    expect(data.find((row) => row.code === 'TXT')).toMatchObject({
      sponsor: 'Dana Sponsor',
      phase: 'Discover',
      watermelon: 'true',
      bac: '100000',
      pv: '50000',
      ev: '40000',
      ac: '45000',
      spi: '0.8',
      cpi: '0.889',
      eac: '112500',
      vac: '-12500',
      suggested_rag: 'red',
      reported_rag: 'green',
    });
    // The roll-up lacks the dashboard's fields: the same columns, left empty.
    const fromRollUp = parse<Record<string, string>>(renderPortfolioCsv(rollUpPortfolio(records, today)), {
      header: true,
    }).data[0];
    expect(fromRollUp).toMatchObject({ code: 'TXT', sponsor: '', watermelon: '', vac: '-12500' });
  });

  it('neutralises text cells that a spreadsheet would run as a formula', () => {
    const csv = renderPortfolioCsv(dashboard());
    const { data } = parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(data.find((row) => row.code === 'CAL')?.sponsor).toBe("'=cmd|x");
  });
});
