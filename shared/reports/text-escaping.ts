/**
 * Escaping for the copies of a report: every piece of text (record titles, narratives, names, and the
 * catalog's labels alike) goes through one of these, so text captured from a hostile page such as
 * `<img src=x onerror=alert(1)>` stays text wherever the copy is pasted.
 */

const htmlEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text content or attribute value: the five characters HTML gives meaning to become entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEntities[character]);
}

/*
 * CommonMark lets a backslash escape any ASCII punctuation. Escaped everywhere: what opens emphasis,
 * code, links, HTML, entities, tables and strikethrough. Escaped only where a line starts: what
 * opens a heading, quote, list or thematic break there, and nowhere else, so sentences stay readable.
 */
const inlineSpecials = /[\\`*_[\]<>|~&]/g;
const blockStart = /^(\s*)([#+=-]|\d+(?=[.)]))/;

/** One line of text as Markdown that renders exactly that text. */
function escapeMarkdownLine(line: string): string {
  const inline = line.replace(inlineSpecials, '\\$&');
  return inline.replace(blockStart, (_, indent: string, opener: string) =>
    /\d/.test(opener) ? `${indent}${opener}\\` : `${indent}\\${opener}`,
  );
}

/**
 * Text as Markdown that renders exactly that text: paragraphs (blank lines) stay paragraphs and a
 * single line break stays a line break (a trailing backslash, CommonMark's hard break).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeMarkdownLine(line.trimEnd()))
        .filter((line) => line.trim() !== '')
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** Text for one table cell: Markdown-escaped, on one line (a cell cannot hold a line break). */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdownLine(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}
