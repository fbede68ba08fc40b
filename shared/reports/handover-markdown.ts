import { isOpenIssue } from '../analytics/raid/raid-overdue';
import { isOpenRisk } from '../analytics/risk/risk-rating';
import type { AnyRecord } from '../entities';
import { formatMessage, type Language } from '../i18n/format-message';
import type { MessageKey } from '../i18n/message-ref';
import { scoreRisk } from '../risk-score';
import { escapeMarkdown, escapeMarkdownCell } from './text-escaping';

/** The live records of a workspace by entity, as a backup holds them (docs/sync.md "Backup format"). */
export type RecordsByEntity = Readonly<Record<string, readonly AnyRecord[]>>;

const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined ? '' : String(value));
const nameOf = (ref: unknown): string => text((ref as { name?: string } | undefined)?.name);

function table(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => escapeMarkdownCell(cell)).join(' | ')} |`;
  return [line(columns), `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** A section with a heading, a table, or the words "none" when it has no rows. */
function section(language: Language, heading: MessageKey, columns: MessageKey[], rows: string[][]): string {
  const t = (key: MessageKey) => formatMessage(language, key);
  const body = rows.length === 0 ? escapeMarkdown(t('handover.none')) : table(columns.map(t), rows);
  return `## ${escapeMarkdownCell(t(heading))}\n\n${body}`;
}

const byText = (field: string) => (a: AnyRecord, b: AnyRecord) => text(a[field]).localeCompare(text(b[field]));

/**
 * One project's handover summary as Markdown (CommonMark with GitHub tables), labelled in
 * `language`: facts, phase, last status report, open risks and issues, decisions, open actions and
 * lessons learned. Every piece of record text is escaped, so a title never becomes markup.
 */
export function projectHandoverMarkdown(project: AnyRecord, records: RecordsByEntity, language: Language): string {
  const t = (key: MessageKey, params = {}) => formatMessage(language, key, params);
  const ofProject = (entity: string) => (records[entity] ?? []).filter((record) => record.projectId === project.id);
  const template = (records.template ?? []).find((candidate) => candidate.id === project.templateId);
  const phase = ((template?.phases as { id: string; name: string }[] | undefined) ?? []).find(
    (candidate) => candidate.id === project.currentPhaseId,
  );
  const facts: [MessageKey, string][] = [
    ['handover.fact.code', text(project.code)],
    ['handover.fact.state', text(project.state)],
    ['handover.fact.manager', text(project.managerName)],
    ['handover.fact.sponsor', nameOf(project.sponsor)],
    ['handover.fact.start', text(project.start)],
    ['handover.fact.targetEnd', text(project.targetEnd)],
    ['handover.fact.budget', text(project.bac)],
    ['handover.fact.method', text(template?.name)],
    ['handover.fact.phase', text(phase?.name)],
  ];
  const factLines = facts
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `**${escapeMarkdownCell(t(key))}** ${escapeMarkdownCell(value)}`)
    .join('\\\n');
  const reports = [...ofProject('statusReport')].sort(byText('periodEnd'));
  const last = reports.at(-1);
  const status = last
    ? [
        escapeMarkdownCell(
          t('handover.status.line', {
            start: text(last.periodStart),
            end: text(last.periodEnd),
            overall: text((last.overall as { chosen?: string } | undefined)?.chosen),
            state: text(last.state),
          }),
        ),
        ...['summary', 'achievements', 'nextPeriod', 'escalations']
          .filter((field) => text(last[field]) !== '')
          .map((field) => escapeMarkdown(text(last[field]))),
      ].join('\n\n')
    : escapeMarkdown(t('handover.none'));
  const risks = ofProject('risk')
    .filter((risk) => isOpenRisk(risk as never))
    .map((risk) => ({ risk, score: scoreRisk(Number(risk.probability), Number(risk.impact)) }))
    .sort((a, b) => b.score - a.score);
  const blocks = [
    `# ${escapeMarkdownCell(text(project.code))} — ${escapeMarkdownCell(text(project.name))}`,
    factLines,
    ...(text(project.description) ? [escapeMarkdown(text(project.description))] : []),
    `## ${escapeMarkdownCell(t('handover.section.status'))}\n\n${status}`,
    section(
      language,
      'handover.section.risks',
      ['handover.column.title', 'handover.column.score', 'handover.column.owner', 'handover.column.response'],
      risks.map(({ risk, score }) => [
        text(risk.title),
        String(score),
        nameOf(risk.owner),
        text(risk.responseStrategy),
      ]),
    ),
    section(
      language,
      'handover.section.issues',
      ['handover.column.title', 'handover.column.priority', 'handover.column.owner', 'handover.column.due'],
      ofProject('issue')
        .filter((issue) => isOpenIssue(issue as never))
        .map((issue) => [text(issue.title), text(issue.priority), nameOf(issue.owner), text(issue.dueDate)]),
    ),
    section(
      language,
      'handover.section.decisions',
      ['handover.column.date', 'handover.column.decision', 'handover.column.decidedBy', 'handover.column.rationale'],
      [...ofProject('decision')]
        .sort(byText('decidedOn'))
        .map((decision) => [
          text(decision.decidedOn),
          text(decision.statement),
          text(decision.decidedBy),
          text(decision.rationale),
        ]),
    ),
    section(
      language,
      'handover.section.actions',
      ['handover.column.title', 'handover.column.owner', 'handover.column.due'],
      ofProject('action')
        .filter((action) => action.done !== true)
        .sort(byText('dueDate'))
        .map((action) => [text(action.title), nameOf(action.owner), text(action.dueDate)]),
    ),
    section(
      language,
      'handover.section.lessons',
      [
        'handover.column.title',
        'handover.column.whatHappened',
        'handover.column.recommendation',
        'handover.column.tags',
      ],
      ofProject('lesson').map((lesson) => [
        text(lesson.title),
        text(lesson.whatHappened),
        text(lesson.recommendation),
        ((lesson.tags as string[] | undefined) ?? []).join(', '),
      ]),
    ),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** A methodology template as Markdown: its phases, required artifacts and gate criteria. */
export function templateHandoverMarkdown(template: AnyRecord, language: Language): string {
  const t = (key: MessageKey, params = {}) => formatMessage(language, key, params);
  type PhaseRecord = {
    name: string;
    requiredArtifacts?: string[];
    gate?: { name: string; mustMeet?: { text: string }[]; shouldMeet?: { text: string; weight?: number }[] };
  };
  const phases = (template.phases as PhaseRecord[] | undefined) ?? [];
  const blocks = [
    `# ${escapeMarkdownCell(text(template.name))}`,
    ...(text(template.description) ? [escapeMarkdown(text(template.description))] : []),
    ...phases.map((phase, index) => {
      const lines = [`## ${index + 1}. ${escapeMarkdownCell(phase.name)}`];
      const artifacts = phase.requiredArtifacts ?? [];
      if (artifacts.length > 0)
        lines.push(
          `**${escapeMarkdownCell(t('handover.method.artifacts'))}**\n\n${artifacts.map((item) => `- ${escapeMarkdownCell(item)}`).join('\n')}`,
        );
      if (phase.gate) {
        const must = (phase.gate.mustMeet ?? []).map((criterion) => `- ${escapeMarkdownCell(criterion.text)}`);
        const should = (phase.gate.shouldMeet ?? []).map(
          (criterion) =>
            `- ${escapeMarkdownCell(t('handover.method.weighted', { text: criterion.text, weight: criterion.weight ?? 1 }))}`,
        );
        lines.push(`### ${escapeMarkdownCell(phase.gate.name)}`);
        if (must.length > 0)
          lines.push(`**${escapeMarkdownCell(t('handover.method.mustMeet'))}**\n\n${must.join('\n')}`);
        if (should.length > 0)
          lines.push(`**${escapeMarkdownCell(t('handover.method.shouldMeet'))}**\n\n${should.join('\n')}`);
      }
      return lines.join('\n\n');
    }),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/**
 * A playbook as the Markdown the PMO wrote, under its title: the page is Markdown already
 * (docs/domain.md "Playbook"), so it is kept as written; only the title and tags are escaped.
 */
export function playbookHandoverMarkdown(playbook: AnyRecord, language: Language): string {
  const tags = (playbook.tags as string[] | undefined) ?? [];
  const tagLine = tags.length
    ? `\n\n*${escapeMarkdownCell(formatMessage(language, 'handover.playbook.tags', { tags: tags.join(', ') }))}*`
    : '';
  return `# ${escapeMarkdownCell(text(playbook.title))}${tagLine}\n\n${text(playbook.markdown)}\n`;
}
