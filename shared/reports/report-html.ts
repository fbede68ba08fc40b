import type { Language } from '../i18n';
import { describeStatusReport, type ReportBlock, type ReportContext, type ReportForCopy } from './report-document';
import { escapeHtml } from './text-escaping';

/** Paragraphs on blank lines, line breaks kept, every character of the text escaped. */
function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.trim().split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
}

function tableToHtml(columns: readonly string[], rows: readonly string[][]): string {
  const head = columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  const body = rows
    .map(([first, ...rest]) => {
      const cells = rest.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('');
      return `<tr><th scope="row">${escapeHtml(first)}</th>${cells}</tr>`;
    })
    .join('\n');
  // Attributes rather than CSS: mail clients and wikis drop stylesheets but keep a table's borders.
  return `<table border="1" cellpadding="6" cellspacing="0">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function blockToHtml(block: ReportBlock): string {
  const heading = (text: string | undefined) => (text ? `<h2>${escapeHtml(text)}</h2>\n` : '');
  switch (block.kind) {
    case 'facts':
      return `<p>${block.facts
        .map((fact) => `<strong>${escapeHtml(fact.label)}</strong> ${escapeHtml(fact.value)}`)
        .join('<br>')}</p>`;
    case 'table':
      return heading(block.heading) + tableToHtml(block.columns, block.rows);
    case 'text':
      return heading(block.heading) + textToHtml(block.text);
    case 'list':
      return `${heading(block.heading)}<ul>\n${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
  }
}

/**
 * A status report as an HTML fragment labelled in `language`, to paste into an email or Confluence
 * (the clipboard's text/html). Every piece of text is HTML-escaped: a title such as
 * `<img src=x onerror=alert(1)>` arrives as those characters, never as an element.
 */
export function statusReportToHtml(report: ReportForCopy, context: ReportContext, language: Language): string {
  const document = describeStatusReport(report, context, language);
  return `${[`<h1>${escapeHtml(document.title)}</h1>`, ...document.blocks.map(blockToHtml)].join('\n')}\n`;
}
