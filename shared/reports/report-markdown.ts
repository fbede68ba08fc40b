import type { Language } from '../i18n';
import { describeStatusReport, type ReportBlock, type ReportContext, type ReportForCopy } from './report-document';
import { escapeMarkdown, escapeMarkdownCell } from './text-escaping';

function tableToMarkdown(columns: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
  return [line(columns), `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

function blockToMarkdown(block: ReportBlock): string {
  switch (block.kind) {
    case 'facts':
      // A trailing backslash is CommonMark's hard line break: one fact per line.
      return block.facts
        .map((fact) => `**${escapeMarkdownCell(fact.label)}** ${escapeMarkdownCell(fact.value)}`)
        .join('\\\n');
    case 'table': {
      const table = tableToMarkdown(block.columns, block.rows);
      return block.heading ? `## ${escapeMarkdownCell(block.heading)}\n\n${table}` : table;
    }
    case 'text':
      return `## ${escapeMarkdownCell(block.heading)}\n\n${escapeMarkdown(block.text)}`;
    case 'list':
      return `## ${escapeMarkdownCell(block.heading)}\n\n${block.items.map((item) => `- ${escapeMarkdownCell(item)}`).join('\n')}`;
  }
}

/**
 * A status report as Markdown (CommonMark with GitHub tables), labelled in `language`, for a wiki,
 * a ticket or a chat. Every piece of text is backslash-escaped, so a record's title never becomes
 * markup, a link or HTML where the copy is pasted.
 */
export function statusReportToMarkdown(report: ReportForCopy, context: ReportContext, language: Language): string {
  const document = describeStatusReport(report, context, language);
  return `${[`# ${escapeMarkdownCell(document.title)}`, ...document.blocks.map(blockToMarkdown)].join('\n\n')}\n`;
}
