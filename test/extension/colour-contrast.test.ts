import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** WCAG 2.x AA for normal text; our chips and notes are 11–13 px, so the large-text 3:1 never applies. */
const minimumContrast = 4.5;

/** A stylesheet without its comments (they may hold colons and braces). */
const read = (path: string) =>
  readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** Relative luminance of an sRGB colour written #rgb or #rrggbb (WCAG 2.2, "relative luminance"). */
function relativeLuminance(hex: string): number {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const [red, green, blue] = [0, 2, 4].map((start) => {
    const channel = Number.parseInt(full.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** (L1 + 0.05) / (L2 + 0.05), the lighter colour's luminance over the darker's (WCAG 2.2, "contrast ratio"). */
function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

/** The declarations of the first rule opened by exactly `opening` (e.g. `:root {`), as property → value. */
function declarationsAfter(css: string, opening: string): Map<string, string> {
  const start = css.indexOf(opening);
  if (start < 0) throw new Error(`No rule "${opening}" in the stylesheet`);
  const body = css.slice(start + opening.length, css.indexOf('}', start));
  const declarations = new Map<string, string>();
  for (const match of body.matchAll(/([-\w]+)\s*:\s*([^;]+);/g)) declarations.set(match[1], match[2].trim());
  return declarations;
}

/** A rule's own declarations, found by its selector at the start of a line. */
const ruleOf = (css: string, selector: string) => declarationsAfter(css, `\n${selector} {`);

type Tokens = Map<string, string>;

/** A colour as the theme resolves it: `#hex`, or `var(--token)` looked up in the theme's tokens (which may name another). */
function resolveColour(value: string, tokens: Tokens, where: string): string {
  let colour: string | undefined = value;
  for (let depth = 0; colour?.startsWith('var(') && depth < 5; depth++) {
    const token: string | undefined = /^var\((--[-\w]+)\)$/.exec(colour)?.[1];
    colour = token ? tokens.get(token) : undefined;
  }
  if (!colour || !/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(colour)) {
    throw new Error(`${where}: "${value}" is not a plain colour or a token of the theme`);
  }
  return colour.toLowerCase();
}

interface Palette {
  /** Which stylesheets: the one that defines the tokens first, then any whose rules use them. */
  files: string[];
  /** Where the light tokens are declared, and the dark theme's overrides. */
  light: string;
  dark: string;
  /** A rule that maps other tokens onto these (the Jira panel giving the capture fields its colours). */
  mapping?: { file: string; opening: string };
  /** Text token on background token, as the stylesheets pair them. */
  textPairs: [text: string, background: string][];
  /** Chips: a base rule and its modifiers; a modifier sets the background and may override the base's text colour. */
  chips: { base: string; modifiers: string[] }[];
}

const bands = ['low', 'medium', 'high', 'critical'];

/**
 * Three copies of the palette for now (extension pages, overlays in shadow roots, the capture card
 * on any page): each is checked alone, in both themes.
 */
const palettes: Record<string, Palette> = {
  'extension pages (theme.css)': {
    files: ['extension/ui/styles/theme.css'],
    light: ':root {',
    dark: '@media (prefers-color-scheme: dark) {\n  :root {',
    textPairs: [
      ['--text', '--bg'],
      ['--text', '--surface'],
      ['--muted', '--bg'],
      ['--muted', '--surface'],
      ['--accent', '--bg'],
      ['--accent', '--surface'],
      ['--accent', '--accent-soft'],
      ['--accent-text', '--accent'],
      ['--danger', '--surface'],
      ['--danger', '--danger-soft'],
      ['--surface', '--danger'],
      ['--ok', '--surface'],
      ['--ok', '--ok-soft'],
      ['--warn', '--bg'],
      ['--warn', '--surface'],
      ['--warn', '--warn-soft'],
    ],
    chips: [{ base: '.score-chip', modifiers: bands.map((band) => `.score-chip--${band}`) }],
  },
  'overlays (overlay-base.css, jira-overlay.css)': {
    files: ['extension/overlays/common/overlay-base.css', 'extension/overlays/jira/jira-overlay.css'],
    light: ':host {',
    dark: ':host-context(html[data-color-mode="dark"]) {',
    textPairs: [
      ['--pmo-text', '--pmo-surface'],
      ['--pmo-muted', '--pmo-surface'],
      ['--pmo-accent', '--pmo-surface'],
      ['--pmo-accent', '--pmo-accent-soft'],
      ['--pmo-accent-text', '--pmo-accent'],
      ['--pmo-danger', '--pmo-surface'],
      ['--pmo-danger', '--pmo-danger-soft'],
      ['--pmo-ok', '--pmo-surface'],
      ['--pmo-ok', '--pmo-ok-soft'],
      ['--pmo-text', '--pmo-warn-soft'],
    ],
    chips: [
      { base: '.score-chip', modifiers: bands.map((band) => `.score-chip--${band}`) },
      { base: '.pmo-rag', modifiers: ['.pmo-rag--green', '.pmo-rag--amber', '.pmo-rag--red'] },
    ],
  },
  'capture card (capture.css, capture-fields.css)': {
    files: ['extension/ui/capture/capture.css', 'extension/ui/capture/capture-fields.css'],
    light: '.capture,\n.capture-toast {',
    dark: '@media (prefers-color-scheme: dark) {\n  .capture,\n  .capture-toast {',
    textPairs: [
      ['--capture-text', '--capture-surface'],
      ['--capture-text', '--capture-soft'],
      ['--capture-muted', '--capture-surface'],
      ['--capture-muted', '--capture-soft'],
      ['--capture-accent-text', '--capture-accent'],
      ['--capture-danger', '--capture-danger-soft'],
      ['--capture-text', '--capture-danger-soft'],
    ],
    chips: [{ base: '.capture-score', modifiers: bands.map((band) => `.capture-score--${band}`) }],
  },
  "the Jira panel's risk form (capture-fields.css on the overlay's palette)": {
    files: ['extension/overlays/common/overlay-base.css', 'extension/ui/capture/capture-fields.css'],
    light: ':host {',
    dark: ':host-context(html[data-color-mode="dark"]) {',
    mapping: { file: 'extension/overlays/jira/jira-overlay.css', opening: '\n.pmo-draft {' },
    textPairs: [
      ['--capture-text', '--capture-surface'],
      ['--capture-muted', '--capture-surface'],
      ['--capture-accent-text', '--capture-accent'],
    ],
    chips: [{ base: '.capture-score', modifiers: bands.map((band) => `.capture-score--${band}`) }],
  },
};

/** Every colour pair of a palette in one theme, with its contrast, as "what: ratio". */
function measurePalette(palette: Palette, theme: 'light' | 'dark'): { what: string; ratio: number }[] {
  const [tokenFile, ...ruleFiles] = palette.files.map(read);
  const tokens: Tokens = new Map(
    [...declarationsAfter(tokenFile, palette.light)].filter(([name]) => name.startsWith('--')),
  );
  if (theme === 'dark') for (const [name, value] of declarationsAfter(tokenFile, palette.dark)) tokens.set(name, value);
  if (palette.mapping) {
    for (const [name, value] of declarationsAfter(read(palette.mapping.file), palette.mapping.opening))
      if (name.startsWith('--')) tokens.set(name, value);
  }
  const measured: { what: string; ratio: number }[] = [];
  for (const [text, background] of palette.textPairs) {
    const where = `${text} on ${background}`;
    const ratio = contrastRatio(
      resolveColour(`var(${text})`, tokens, where),
      resolveColour(`var(${background})`, tokens, where),
    );
    measured.push({ what: where, ratio });
  }
  const ruleSheets = [tokenFile, ...ruleFiles];
  const findRule = (selector: string) => {
    const sheet = ruleSheets.find((css) => css.includes(`\n${selector} {`));
    if (!sheet) throw new Error(`No rule ${selector} in ${palette.files.join(', ')}`);
    return ruleOf(sheet, selector);
  };
  for (const { base, modifiers } of palette.chips) {
    const baseRule = findRule(base);
    // The base rule is a chip of its own only when it sets a background too (the RAG chip's "not rated").
    const isBaseAChip = baseRule.has('background') || baseRule.has('background-color');
    for (const selector of isBaseAChip ? [base, ...modifiers] : modifiers) {
      const rule = selector === base ? baseRule : new Map([...baseRule, ...findRule(selector)]);
      const colour = rule.get('color');
      const background = rule.get('background') ?? rule.get('background-color');
      if (!colour || !background) throw new Error(`${selector} sets no text colour or no background`);
      const ratio = contrastRatio(resolveColour(colour, tokens, selector), resolveColour(background, tokens, selector));
      measured.push({ what: `${selector} (${colour} on ${background})`, ratio });
    }
  }
  return measured;
}

describe('colour contrast (WCAG AA, 4.5:1)', () => {
  it('knows the WCAG ratios: black on white 21, white on white 1, and the old High chip 3.55', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#ffffff')).toBe(1);
    expect(contrastRatio('#ffffff', '#e0620d')).toBeCloseTo(3.55, 2);
  });

  for (const [name, palette] of Object.entries(palettes)) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${name}, ${theme}: every text and chip colour reads at 4.5:1 or more on its background`, () => {
        const tooLow = measurePalette(palette, theme)
          .filter(({ ratio }) => ratio < minimumContrast)
          .map(({ what, ratio }) => `${what}: ${ratio.toFixed(2)}:1`);
        expect(tooLow).toEqual([]);
      });
    }
  }
});
