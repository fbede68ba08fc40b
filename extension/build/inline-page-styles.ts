import type { Plugin } from 'vite';

// A stylesheet link in a built page holds up the first paint until the file is read, and in a new
// extension process reading an extension's stylesheet also makes the browser load every UI text
// first (to fill in `__MSG_…__`), 15–20 ms (bench/popup, cold). Written into the page, the same
// rules cost neither. The link stays, `disabled` and `media="not all"` so it is neither fetched nor
// waited for: Vite's loader of lazy chunks then sees the stylesheet as already there and does not
// add it again after the page's own rules.

/** A stylesheet link as Vite writes it into a built page (the href from the extension's root). */
const stylesheetLink = /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g;

/**
 * Writes each linked stylesheet `readStylesheet` knows into the page. A stylesheet with `url(…)`
 * keeps its link: its addresses are relative to the stylesheet, not to the page.
 */
export function inlineStylesheets(html: string, readStylesheet: (path: string) => string | undefined): string {
  return html.replace(stylesheetLink, (link, path: string) => {
    const css = readStylesheet(path);
    if (css === undefined || css.includes('url(') || css.includes('</')) return link;
    return `<style>${css}</style><link rel="stylesheet" href="/${path}" media="not all" disabled>`;
  });
}

/** The build step: every page of the extension gets its stylesheets written in. */
export function inlinePageStyles(): Plugin {
  return {
    name: 'interim-pmo:inline-page-styles',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const readStylesheet = (path: string) => {
        const asset = bundle[path];
        if (asset?.type !== 'asset') return undefined;
        return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
      };
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset' || !output.fileName.endsWith('.html')) continue;
        const html = typeof output.source === 'string' ? output.source : new TextDecoder().decode(output.source);
        output.source = inlineStylesheets(html, readStylesheet);
      }
    },
  };
}
