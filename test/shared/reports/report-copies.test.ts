import { describe, expect, it } from 'vitest';
import { statusReportToHtml } from '../../../shared/reports/report-html';
import { statusReportToMarkdown } from '../../../shared/reports/report-markdown';
import { context, hostile, submittedReport } from './report-fixture';

describe('a status report copied as Markdown', () => {
  it('reads exactly as the sponsor should see it, every user text escaped', () => {
    expect(statusReportToMarkdown(submittedReport, context, 'en')).toBe(
      [
        '# Status report: CRM – CRM rollout',
        '',
        '**Period:** Mar 2, 2026 to Mar 13, 2026\\',
        '**Submitted:** Mar 13, 2026 by Marc Petit',
        '',
        '| Dimension | Reported | Suggested by the data | Reason |',
        '| --- | --- | --- | --- |',
        '| Overall | 🟠 Amber | 🟠 Amber | Driven by schedule: Mandatory milestones are past their forecast and not done (1: “Go-live”). |',
        '| Schedule | 🟠 Amber | 🟠 Amber | Cut-over moved to 20 March \\| agreed with \\*Claire\\* (data: Mandatory milestones are past their forecast and not done (1: “Go-live”).) |',
        '| Cost | 🟢 Green | 🟢 Green | CPI is 0.98. |',
        '| Scope | ⚪ Not rated | ⚪ Not rated | — |',
        '| Resources | ⚪ Not rated | ⚪ Not rated | — |',
        '| Quality | ⚪ Not rated | ⚪ Not rated | — |',
        '| Risk | 🔴 Red | ⚪ Not rated | Vendor in receivership |',
        '',
        '## Summary',
        '',
        'Data migration is late.\\',
        'Cut-over moves one week.',
        '',
        '\\# Not a heading',
        '',
        '## Achievements this period',
        '',
        '1\\. Trained 40 agents',
        '',
        '## Decisions and help needed',
        '',
        '\\<img src=x onerror=alert(1)\\>',
        '',
        '## Key risks',
        '',
        '- Vendor insolvency: score 20 (critical), owner Alice Martin',
        '- \\<img src=x onerror=alert(1)\\>: score 6 (medium), no owner',
        '- (deleted since)',
        '',
        '## Key issues',
        '',
        '- Loyalty points missing: high priority, in progress',
        '',
        '## Milestone forecasts',
        '',
        '| Milestone | Forecast |',
        '| --- | --- |',
        '| Go-live | Mar 20, 2026 |',
        '',
      ].join('\n'),
    );
  });

  it('is labelled in French for a French reader', () => {
    const markdown = statusReportToMarkdown(submittedReport, context, 'fr');
    expect(markdown).toContain('# Rapport d’avancement : CRM – CRM rollout');
    expect(markdown).toContain('**Période :** du 2 mars 2026 au 13 mars 2026\\');
    expect(markdown).toContain('| Délais | 🟠 Orange | 🟠 Orange |');
    expect(markdown).toContain('## Décisions et aide attendues');
  });

  it('says a draft is a draft', () => {
    const draft = { ...submittedReport, state: 'draft' as const, submittedAt: undefined };
    expect(statusReportToMarkdown(draft, context, 'en')).toContain('**State:** draft, not submitted yet');
  });
});

describe('a status report copied as HTML', () => {
  it('HTML-escapes a hostile title and narrative, so no element is created', () => {
    const html = statusReportToHtml(
      { ...submittedReport, summary: `${hostile}\n"quoted" & 'single'` },
      { ...context, project: { code: 'CRM', name: hostile }, submitterName: hostile },
      'en',
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('<h1>Status report: CRM – &lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(html).toContain('<p>&lt;img src=x onerror=alert(1)&gt;<br>&quot;quoted&quot; &amp; &#39;single&#39;</p>');
    expect(html).toContain('<li>&lt;img src=x onerror=alert(1)&gt;: score 6 (medium), no owner</li>');
    expect(html).toContain('by &lt;img src=x onerror=alert(1)&gt;</p>');
  });

  it('uses real tables with header cells for the lights and the milestones', () => {
    const html = statusReportToHtml(submittedReport, context, 'en');
    expect(html).toContain('<th scope="col">Suggested by the data</th>');
    expect(html).toContain('<tr><th scope="row">Schedule</th><td>🟠 Amber</td><td>🟠 Amber</td>');
    expect(html).toContain('<tr><th scope="row">Go-live</th><td>Mar 20, 2026</td></tr>');
  });
});
