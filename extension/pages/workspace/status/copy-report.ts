/** How a copy went: as asked, or as plain text where the browser cannot put HTML on the clipboard. */
export type CopyResult = 'markdown' | 'html' | 'plain';

/**
 * Puts a report on the clipboard. Markdown goes as text. HTML goes as rich text (text/html) with the
 * Markdown as its text/plain twin, so a plain-text field still gets a readable report; without
 * `clipboard.write` and ClipboardItem (older browsers, some frames) only the Markdown is written.
 */
export async function copyReport(kind: 'markdown' | 'html', markdown: string, html: string): Promise<CopyResult> {
  const { clipboard } = navigator;
  if (kind === 'markdown') {
    await clipboard.writeText(markdown);
    return 'markdown';
  }
  if (typeof clipboard.write === 'function' && typeof ClipboardItem !== 'undefined') {
    const item = new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([markdown], { type: 'text/plain' }),
    });
    await clipboard.write([item]);
    return 'html';
  }
  await clipboard.writeText(markdown);
  return 'plain';
}
