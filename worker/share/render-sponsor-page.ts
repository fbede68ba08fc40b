import {
  escapeHtml,
  formatMessage,
  type Language,
  type MessageKey,
  type MessageParams,
  type RagDimension,
  ragDimensions,
} from '../../shared';
import { sponsorPageStyle } from './sponsor-page-style';
import type { SponsorLight, SponsorProject, SponsorReport, SponsorRisk, SponsorView } from './sponsor-view';

type Text = (key: MessageKey, params?: MessageParams) => string;
type LightValue = SponsorLight['suggested'] | SponsorLight['reported'];

/** A shape per light, so the grid never speaks by colour alone (the legend names them). */
const shapes: Record<string, string> = { green: '●', amber: '▲', red: '■', none: '○', unknown: '○' };

/** The page around `body`: every argument is HTML already escaped by its caller. */
function renderDocument(language: Language, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${sponsorPageStyle}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** Free text as escaped paragraphs, line breaks kept. */
function renderText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p class="text">${paragraph.trim().split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

function renderLight(t: Text, label: MessageKey, value: LightValue): string {
  const name = value ?? 'unknown';
  const word = t(`report.portfolio.light.${name}` as MessageKey);
  return `<span class="light light--${name}" data-light="${name}"><span class="shape" aria-hidden="true">${shapes[name]}</span> <span class="sr">${escapeHtml(t(label))} </span>${escapeHtml(word)}</span>`;
}

function renderLightCell(t: Text, light: SponsorLight): string {
  return `<td>${renderLight(t, 'sponsor.light.suggested', light.suggested)}${renderLight(t, 'sponsor.light.reported', light.reported)}</td>`;
}

function dimensionLabel(t: Text, dimension: RagDimension | 'overall'): string {
  const word = t(`term.dimension.${dimension}` as MessageKey);
  return escapeHtml(word.charAt(0).toUpperCase() + word.slice(1));
}

/** A table in a scrolling region that a keyboard can reach (tabindex) and a screen reader can name. */
function renderTable(caption: string, head: string, rows: string, testId: string): string {
  return `<div class="table-scroll" role="region" aria-label="${caption}" tabindex="0">
<table data-testid="${testId}"><caption>${caption}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

function renderProjectGrid(t: Text, projects: readonly SponsorProject[]): string {
  if (projects.length === 0) return `<p>${escapeHtml(t('report.portfolio.none'))}</p>`;
  const columns = [
    `<th scope="col">${escapeHtml(t('report.portfolio.column.project'))}</th>`,
    `<th scope="col">${dimensionLabel(t, 'overall')}</th>`,
    ...ragDimensions.map((dimension) => `<th scope="col">${dimensionLabel(t, dimension)}</th>`),
  ].join('');
  const rows = projects
    .map((project) => {
      const meta = [
        t(`report.portfolio.state.${project.state}` as MessageKey),
        project.phaseName,
        project.managerName,
      ].filter((part): part is string => Boolean(part));
      return `<tr data-testid="sponsor-row"><th scope="row"><span class="project-name">${escapeHtml(project.code)} · ${escapeHtml(project.name)}</span><br><span class="project-meta">${meta.map(escapeHtml).join(' · ')}</span></th>${renderLightCell(t, project.overall)}${ragDimensions.map((dimension) => renderLightCell(t, project.dimensions[dimension])).join('')}</tr>`;
    })
    .join('\n');
  return renderTable(escapeHtml(t('sponsor.section.projects')), columns, rows, 'sponsor-grid');
}

function renderTopRisks(t: Text, risks: readonly SponsorRisk[], view: SponsorView): string {
  if (risks.length === 0) return `<p>${escapeHtml(t('report.portfolio.none'))}</p>`;
  const amount = new Intl.NumberFormat(view.language, { maximumFractionDigits: 0 });
  const column = (name: string, className = '') =>
    `<th scope="col"${className ? ` class="${className}"` : ''}>${escapeHtml(t(`report.portfolio.column.${name}` as MessageKey))}</th>`;
  const head = [column('code'), column('risk'), column('score', 'number'), column('exposure', 'number')].join('');
  const rows = risks
    .map(
      (risk) =>
        `<tr><td>${escapeHtml(risk.projectCode)}</td><th scope="row">${escapeHtml(risk.title)}</th><td class="number">${risk.score}</td><td class="number">${
          risk.emv === null ? '—' : `${escapeHtml(amount.format(risk.emv))} ${escapeHtml(view.currency)}`
        }</td></tr>`,
    )
    .join('\n');
  return renderTable(escapeHtml(t('report.portfolio.section.topRisks')), head, rows, 'sponsor-risks');
}

function renderReport(t: Text, report: SponsorReport): string {
  const period = t('sponsor.status.period', { from: { date: report.periodStart }, to: { date: report.periodEnd } });
  const submitted = report.submittedAt
    ? `, ${t('sponsor.status.submitted', { date: { date: report.submittedAt } })}`
    : '';
  const overall = t('sponsor.status.overall', { light: t(`report.portfolio.light.${report.overall}` as MessageKey) });
  const parts = [
    `<p class="light light--${report.overall}" data-light="${report.overall}"><span class="shape" aria-hidden="true">${shapes[report.overall]}</span> ${escapeHtml(overall)}</p>`,
    `<p class="muted">${escapeHtml(period + submitted)}</p>`,
  ];
  const sections = [
    ['sponsor.status.summary', report.summary],
    ['sponsor.status.achievements', report.achievements],
    ['sponsor.status.nextPeriod', report.nextPeriod],
    ['sponsor.status.escalations', report.escalations],
  ] as const;
  for (const [key, text] of sections) {
    if (text?.trim()) parts.push(`<h4>${escapeHtml(t(key))}</h4>${renderText(text)}`);
  }
  return parts.join('\n');
}

function renderStatuses(t: Text, projects: readonly SponsorProject[]): string {
  if (projects.length === 0) return `<p>${escapeHtml(t('report.portfolio.none'))}</p>`;
  const items = projects.map(
    (project) =>
      `<li class="report" data-testid="sponsor-report"><h3>${escapeHtml(project.code)} · ${escapeHtml(project.name)}</h3>
${project.lastReport ? renderReport(t, project.lastReport) : `<p class="muted">${escapeHtml(t('sponsor.status.none'))}</p>`}</li>`,
  );
  return `<ul class="reports">\n${items.join('\n')}\n</ul>`;
}

/**
 * The sponsor page (issue 18): the portfolio grid with suggested and reported lights in words and
 * shapes, the top risks, and each project's latest submitted status, in the workspace's language.
 * No script and no markup from records: every piece of text, the catalog's too, goes through
 * escapeHtml (shared/reports/text-escaping.ts), so `<img src=x onerror=alert(1)>` stays text.
 */
export function renderSponsorPage(view: SponsorView, workspaceName: string): string {
  const t: Text = (key, params = {}) => formatMessage(view.language, key, params);
  const title = escapeHtml(t('sponsor.title', { workspace: workspaceName }));
  const body = `<header>
<h1>${title}</h1>
<p class="muted">${escapeHtml(t('sponsor.asOf', { date: { date: view.asOf } }))}</p>
</header>
<main>
<section aria-labelledby="projects-title">
<h2 id="projects-title">${escapeHtml(t('sponsor.section.projects'))}</h2>
<p class="legend muted">${escapeHtml(t('sponsor.legend'))}</p>
${renderProjectGrid(t, view.projects)}
</section>
<section aria-labelledby="risks-title">
<h2 id="risks-title">${escapeHtml(t('report.portfolio.section.topRisks'))}</h2>
${renderTopRisks(t, view.topRisks, view)}
</section>
<section aria-labelledby="status-title">
<h2 id="status-title">${escapeHtml(t('sponsor.section.status'))}</h2>
${renderStatuses(t, view.projects)}
</section>
</main>
<footer><p>${escapeHtml(t('sponsor.footer'))}</p></footer>`;
  return renderDocument(view.language, title, body);
}

/** The one page of every link that opens nothing (unknown, revoked, expired): nothing tells them apart. */
export function renderSponsorNotFound(language: Language): string {
  const t: Text = (key, params = {}) => formatMessage(language, key, params);
  const title = escapeHtml(t('sponsor.notFound.title'));
  return renderDocument(
    language,
    title,
    `<main>\n<h1>${title}</h1>\n<p>${escapeHtml(t('sponsor.notFound.message'))}</p>\n</main>`,
  );
}
