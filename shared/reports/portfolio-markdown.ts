import type { DashboardProject, PortfolioDashboard } from '../analytics/portfolio/dashboard-types';
import { formatMessage, type Language } from '../i18n/format-message';
import type { MessageKey, MessageParams } from '../i18n/message-ref';
import type { Rag } from '../schemas/common';
import { type RagDimension, ragDimensions } from '../schemas/status-report';
import { escapeMarkdownCell } from './text-escaping';

type Text = (key: MessageKey, params?: MessageParams) => string;

/** A number as Intl wrote it (digits, signs, separators, the no-data dash): no Markdown meaning inside a cell. */
const formattedNumber = /^[-−+]?[\d.,\s\u00a0\u202f]+$|^—$/;

const escapeCell = (text: string) => (formattedNumber.test(text) ? text : escapeMarkdownCell(text));

function tableToMarkdown(columns: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(columns), `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

function section(heading: string, body: string): string {
  return `## ${escapeMarkdownCell(heading)}\n\n${body}`;
}

function numberFormat(language: Language, digits: number): (value: number | null | undefined) => string {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return (value) => (value === null || value === undefined || !Number.isFinite(value) ? '—' : format.format(value));
}

function lightCell(t: Text, suggested: Rag | null | undefined, reported: Rag | undefined): string {
  return t('report.portfolio.light', {
    suggested: t(`report.portfolio.light.${suggested ?? 'unknown'}` as MessageKey),
    reported: t(`report.portfolio.light.${reported ?? 'none'}` as MessageKey),
  });
}

function reportedOf(project: DashboardProject, dimension: RagDimension): Rag | undefined {
  return project.reportedDimensions[dimension];
}

/**
 * The PMO dashboard as Markdown (CommonMark with GitHub tables) in `language`: summary, the grid with
 * suggested and reported lights in words, earned value, top risks, pending gates, over-allocations and
 * the findings league. Every piece of text is escaped (shared/reports/text-escaping.ts), so a record's
 * title never becomes markup, a link or HTML where the copy is pasted.
 */
export function renderPortfolioMarkdown(
  dashboard: PortfolioDashboard,
  options: { language: Language; generatedAt?: string; filterDescription?: string },
): string {
  const { language } = options;
  const t: Text = (key, params = {}) => formatMessage(language, key, params);
  const money = numberFormat(language, 2);
  const index = numberFormat(language, 3);
  // Calendar days in UTC, as formatMessage writes dates, so the reader's offset never shifts the day.
  const dayFormat = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const day = (iso: string) => dayFormat.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  const codeOf = new Map(dashboard.projects.map((project) => [project.projectId, project.code]));
  const none = t('report.portfolio.none');
  const tableOrNone = (columns: string[], rows: string[][]) =>
    rows.length === 0 ? none : tableToMarkdown(columns, rows);
  const column = (name: string) => t(`report.portfolio.column.${name}` as MessageKey);
  const dimensionLabel = (dimension: RagDimension) => {
    const word = t(`term.dimension.${dimension}` as MessageKey);
    return word.charAt(0).toUpperCase() + word.slice(1);
  };
  const stateOf = (state: string) => t(`report.portfolio.state.${state}` as MessageKey);

  const head = [`# ${escapeMarkdownCell(t('report.portfolio.title', { date: { date: dashboard.asOf } }))}`];
  const intro: string[] = [];
  if (options.generatedAt)
    intro.push(escapeMarkdownCell(t('report.portfolio.generatedAt', { when: options.generatedAt })));
  if (options.filterDescription)
    intro.push(escapeMarkdownCell(t('report.portfolio.filter', { filter: options.filterDescription })));
  if (intro.length > 0) head.push(intro.join('\\\n'));

  const { totals, currency } = dashboard;
  const summary = [
    t('report.portfolio.summary.projects', { count: totals.projects }),
    t('report.portfolio.summary.lights', { ...totals.bySuggestedRag }),
    t('report.portfolio.summary.exposure', { amount: money(totals.riskExposure), currency }),
    t('report.portfolio.summary.bac', { amount: money(totals.bac), currency }),
    t('report.portfolio.summary.findings', { ...totals.findings }),
  ]
    .map((line) => `- ${escapeMarkdownCell(line)}`)
    .join('\n');

  const grid = tableOrNone(
    [
      column('code'),
      column('project'),
      column('manager'),
      column('sponsor'),
      column('phase'),
      column('state'),
      column('overall'),
      ...ragDimensions.map(dimensionLabel),
      column('watermelon'),
    ],
    dashboard.projects.map((project) => [
      project.code,
      project.name,
      project.managerName ?? '—',
      project.sponsorName ?? '—',
      project.phase?.name ?? '—',
      stateOf(project.state),
      lightCell(t, project.suggestedRag.overall.rag, project.reportedRag?.rag),
      ...ragDimensions.map((dimension) =>
        lightCell(t, project.suggestedRag.dimensions[dimension]?.rag, reportedOf(project, dimension)),
      ),
      t(project.isWatermelon ? 'report.portfolio.yes' : 'report.portfolio.no'),
    ]),
  );

  const evm = tableOrNone(
    [column('code'), 'BAC', 'PV', 'EV', 'AC', 'SPI', 'CPI', 'EAC', 'VAC'],
    dashboard.projects.map(({ code, earnedValue: ev }) => [
      code,
      money(ev.bac),
      money(ev.pv),
      money(ev.ev),
      money(ev.ac),
      index(ev.spi),
      index(ev.cpi),
      money(ev.eacCpi),
      money(ev.vacCpi),
    ]),
  );

  const risks = tableOrNone(
    [column('code'), column('risk'), column('score'), column('exposure')],
    dashboard.topRisks.map((risk) => [risk.projectCode, risk.title, String(risk.score), money(risk.emv)]),
  );

  const gates = tableOrNone(
    [
      column('code'),
      column('project'),
      column('fromPhase'),
      column('toPhase'),
      column('requestedAt'),
      column('unmetMustMeet'),
      column('gateScore'),
    ],
    dashboard.pendingGates.map((gate) => [
      gate.projectCode,
      gate.projectName,
      gate.fromPhaseName ?? '—',
      gate.toPhaseName,
      day(gate.requestedAt),
      String(gate.unmetMustMeet),
      gate.weightedScore === null
        ? '—'
        : t('report.portfolio.gateScore', { score: index(gate.weightedScore), pass: index(gate.passScore) }),
    ]),
  );

  const overRows: string[][] = [];
  for (const row of dashboard.capacity.rows) {
    for (const week of row.weeks) {
      if (!week.isOverAllocated) continue;
      overRows.push([
        row.name,
        week.weekStart,
        money(week.allocatedHours),
        money(week.capacityHours),
        week.projectIds.map((id) => codeOf.get(id) ?? '—').join(', '),
      ]);
    }
  }
  const overAllocations = tableOrNone(
    [column('person'), column('week'), column('allocated'), column('capacity'), column('projects')],
    overRows,
  );

  const severityColumns = [column('critical'), column('warning'), column('info'), column('total')];
  const leagueByProject = tableOrNone(
    [column('code'), ...severityColumns],
    dashboard.findingLeague.byProject.map((entry) => [
      entry.code,
      String(entry.counts.critical),
      String(entry.counts.warning),
      String(entry.counts.info),
      String(entry.total),
    ]),
  );
  const titleKeyOf = new Map<string, string>();
  for (const project of dashboard.projects)
    for (const finding of project.findings)
      titleKeyOf.set(finding.ruleId, finding.messageKey.replace(/\.message$/, '.title'));
  const ruleTitle = (ruleId: string) => {
    const key = titleKeyOf.get(ruleId);
    const title = key ? t(key as MessageKey) : ruleId;
    return title === key ? ruleId : title;
  };
  const leagueByRule = tableOrNone(
    [column('rule'), ...severityColumns],
    dashboard.findingLeague.byRule.map((entry) => [
      ruleTitle(entry.ruleId),
      String(entry.counts.critical),
      String(entry.counts.warning),
      String(entry.counts.info),
      String(entry.total),
    ]),
  );

  return `${[
    ...head,
    section(t('report.portfolio.section.summary'), summary),
    section(t('report.portfolio.section.grid'), grid),
    section(t('report.portfolio.section.evm'), evm),
    section(t('report.portfolio.section.topRisks'), risks),
    section(t('report.portfolio.section.pendingGates'), gates),
    section(t('report.portfolio.section.overAllocations'), overAllocations),
    section(t('report.portfolio.section.leagueByProject'), leagueByProject),
    section(t('report.portfolio.section.leagueByRule'), leagueByRule),
  ].join('\n\n')}\n`;
}
