import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeMarkdownCell } from '../../../shared/reports/text-escaping';

describe('escaping text for the copies', () => {
  it('turns every HTML-significant character into an entity', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('escapes what opens Markdown inline anywhere, and block openers only where a line starts', () => {
    expect(escapeMarkdown('Use *bold*, _em_, `code`, [link](javascript:x) & <b>|~')).toBe(
      'Use \\*bold\\*, \\_em\\_, \\`code\\`, \\[link\\](javascript:x) \\& \\<b\\>\\|\\~',
    );
    expect(escapeMarkdown('# Title\n- item\n+ item\n= under\n12) twelve\nPhase 2. Done - ok #1')).toBe(
      '\\# Title\\\n\\- item\\\n\\+ item\\\n\\= under\\\n12\\) twelve\\\nPhase 2. Done - ok #1',
    );
  });

  it('keeps paragraphs and line breaks, and drops blank lines at the edges', () => {
    expect(escapeMarkdown('\n\none\ntwo  \n\n\n three\r\n')).toBe('one\\\ntwo\n\n three');
  });

  it('puts a table cell on one line', () => {
    expect(escapeMarkdownCell('a |\n b')).toBe('a \\| b');
  });
});
