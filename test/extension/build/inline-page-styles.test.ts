import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '../../../extension/build/inline-page-styles';

// A page as Vite writes it into .output (popup.html, trimmed).
const page = `<!DOCTYPE html>
<html lang="en">
  <head>
    <script type="module" crossorigin src="/chunks/popup-D2.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/theme-C.js">
    <link rel="stylesheet" crossorigin href="/assets/theme-B.css">
    <link rel="stylesheet" crossorigin href="/assets/popup-D.css">
  </head>
</html>`;

const stylesheets: Record<string, string> = {
  'assets/theme-B.css': ':root{--accent:#0b57d0}body{margin:0}',
  'assets/popup-D.css': '.popup{width:400px}',
};
const read = (path: string) => stylesheets[path];

describe('inlineStylesheets', () => {
  it('writes each stylesheet into the page in its place, so the cascade keeps its order', () => {
    const html = inlineStylesheets(page, read);
    const theme = html.indexOf(':root{--accent:#0b57d0}');
    const popup = html.indexOf('.popup{width:400px}');
    expect(theme).toBeGreaterThan(0);
    expect(popup).toBeGreaterThan(theme);
    expect(html).toContain('<style>.popup{width:400px}</style>');
  });

  it('keeps a link nothing fetches or waits for, so a lazy chunk does not add the same rules again', () => {
    const html = inlineStylesheets(page, read);
    expect(html).toContain('<link rel="stylesheet" href="/assets/theme-B.css" media="not all" disabled>');
    expect(html).toContain('<link rel="stylesheet" href="/assets/popup-D.css" media="not all" disabled>');
    // No link that applies to the screen (and so holds the first paint) is left.
    expect(html).not.toMatch(/<link rel="stylesheet"(?: crossorigin)? href="[^"]+">/);
  });

  it('leaves the scripts and their preloads as they are', () => {
    const html = inlineStylesheets(page, read);
    expect(html).toContain('<script type="module" crossorigin src="/chunks/popup-D2.js"></script>');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/chunks/theme-C.js">');
  });

  it('keeps the link of a stylesheet it does not know or that points at other files', () => {
    const html = inlineStylesheets(page, (path) =>
      path === 'assets/popup-D.css' ? '.logo{background:url(./logo.svg)}' : undefined,
    );
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/theme-B.css">');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/popup-D.css">');
    expect(html).not.toContain('<style>');
  });

  it('never writes a stylesheet that could close the style element early', () => {
    const html = inlineStylesheets(page, (path) => (path === 'assets/theme-B.css' ? 'a{}</style><p>' : undefined));
    expect(html).not.toContain('<style>');
  });
});
