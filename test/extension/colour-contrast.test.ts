import { readdirSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
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

/** The declarations of the rule whose selector list names `selector` (`.a,\n.b {` names both). */
function ruleOf(css: string, selector: string): Map<string, string> {
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if (!selectors.split(',').some((one) => one.trim() === selector)) continue;
    return new Map([...body.matchAll(/([-\w]+)\s*:\s*([^;]+);/g)].map((match) => [match[1], match[2].trim()]));
  }
  throw new Error(`No rule for "${selector}" in the stylesheet`);
}

type Tokens = Map<string, string>;

/** The one source of colours (extension/ui/styles/tokens.css), declared on pages' and shadow roots' top element. */
const tokenSource = 'extension/ui/styles/tokens.css';
const tokenRule = ':root,\n:host > html {';

/** The tokens as one theme reads them: `light-dark(light, dark)` gives its side, any other value is both themes'. */
function readTokens(theme: 'light' | 'dark'): Tokens {
  const tokens: Tokens = new Map();
  for (const [name, value] of declarationsAfter(read(tokenSource), tokenRule)) {
    const sides = /^light-dark\(\s*([^,()]+?)\s*,\s*([^,()]+?)\s*\)$/.exec(value);
    tokens.set(name, sides ? sides[theme === 'light' ? 1 : 2] : value);
  }
  return tokens;
}

/** A colour as the theme resolves it: `#hex`, or `var(--token)` looked up in the tokens (which may name another). */
function resolveColour(value: string, tokens: Tokens, where: string): string {
  let colour: string | undefined = value;
  for (let depth = 0; colour?.startsWith('var(') && depth < 5; depth++) {
    const token: string | undefined = /^var\((--[-\w]+)\)$/.exec(colour)?.[1];
    colour = token ? tokens.get(token) : undefined;
  }
  if (!colour || !/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(colour)) {
    throw new Error(`${where}: "${value}" is not a plain colour or a token of ${tokenSource}`);
  }
  return colour.toLowerCase();
}

/** Text token on background token, as the stylesheets pair them (pages, overlays, the capture card alike). */
const textPairs: [text: string, background: string][] = [
  ['--text', '--bg'],
  ['--text', '--surface'],
  ['--text', '--danger-soft'],
  ['--text', '--warn-soft'],
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
];

/** The one chip stylesheet every scope imports after the tokens: a chip's text and background by its tone. */
const chipSource = 'extension/ui/styles/chips.css';

/** Every tone a chip takes: a risk score's band (ScoreChip, CaptureScore), a RAG's light or none (RagChip). */
const chipTones = ['low', 'medium', 'high', 'critical', 'green', 'amber', 'red', 'none'];

/** The rules that size chips in each scope; they leave the colours to chipSource. */
const chipSizes: { file: string; selector: string }[] = [
  { file: 'extension/pages/styles/theme.css', selector: '.score-chip' },
  { file: 'extension/content/common/overlay-base.css', selector: '.score-chip' },
  { file: 'extension/content/jira/jira-overlay.css', selector: '.pmo-rag' },
  { file: 'extension/ui/capture/capture-fields.css', selector: '.capture-score' },
];

/** Every text and chip colour pair in one theme, with its contrast, as "what: ratio". */
function measureColours(theme: 'light' | 'dark'): { what: string; ratio: number }[] {
  const tokens = readTokens(theme);
  const measured: { what: string; ratio: number }[] = [];
  for (const [text, background] of textPairs) {
    const where = `${text} on ${background}`;
    const ratio = contrastRatio(
      resolveColour(`var(${text})`, tokens, where),
      resolveColour(`var(${background})`, tokens, where),
    );
    measured.push({ what: where, ratio });
  }
  const chipCss = read(chipSource);
  for (const tone of chipTones) {
    const rule = ruleOf(chipCss, `.chip--${tone}`);
    const colour = rule.get('color');
    const background = rule.get('background') ?? rule.get('background-color');
    const where = `${chipSource} .chip--${tone}`;
    if (!colour || !background) throw new Error(`${where} sets no text colour or no background`);
    const ratio = contrastRatio(resolveColour(colour, tokens, where), resolveColour(background, tokens, where));
    measured.push({ what: `${where} (${colour} on ${background})`, ratio });
  }
  return measured;
}

/** Every stylesheet of the extension but the token source, by path from the repository root. */
const stylesheets = readdirSync(resolve(import.meta.dirname, '../../extension'), { recursive: true })
  .map(String)
  .filter((path) => path.endsWith('.css'))
  .map((path) => `extension/${path.split(sep).join('/')}`)
  .filter((path) => path !== tokenSource);

describe('colour contrast (WCAG AA, 4.5:1)', () => {
  it('knows the WCAG ratios: black on white 21, white on white 1, and the old High chip 3.55', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#ffffff')).toBe(1);
    expect(contrastRatio('#ffffff', '#e0620d')).toBeCloseTo(3.55, 2);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: every text and chip colour of every scope reads at 4.5:1 or more on its background`, () => {
      const tooLow = measureColours(theme)
        .filter(({ ratio }) => ratio < minimumContrast)
        .map(({ what, ratio }) => `${what}: ${ratio.toFixed(2)}:1`);
      expect(tooLow).toEqual([]);
    });
  }
});

describe('one colour-token source', () => {
  it('is tokens.css: no other stylesheet writes a colour, and every token used is declared there', () => {
    const declared = new Set(declarationsAfter(read(tokenSource), tokenRule).keys());
    const problems: string[] = [];
    for (const path of stylesheets) {
      const css = read(path);
      for (const literal of css.match(/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/gi) ?? []) {
        problems.push(`${path} writes the colour ${literal}`);
      }
      for (const [, name] of css.matchAll(/[{;]\s*(--[-\w]+)\s*:/g)) problems.push(`${path} declares ${name}`);
      for (const [, name] of css.matchAll(/var\((--[-\w]+)/g)) {
        if (!declared.has(name)) problems.push(`${path} uses ${name}, which tokens.css does not declare`);
      }
    }
    expect(stylesheets.length).toBeGreaterThanOrEqual(10);
    expect(problems).toEqual([]);
  });

  it('reaches every CSS scope, chips included: extension pages, the overlays on Jira and Sheets, and the capture card', () => {
    const imports = '@import "../../ui/styles/tokens.css";\n@import "../../ui/styles/chips.css";';
    const scopes = [
      'extension/pages/styles/theme.css',
      'extension/content/common/overlay-base.css',
      'extension/content/capture-card/capture-card.css',
    ];
    for (const path of scopes) {
      expect(read(path).trimStart().startsWith(imports), `${path} starts with ${imports}`).toBe(true);
    }
  });

  it("leaves chips' colours to chips.css: the rules that size them in each scope set none", () => {
    for (const { file, selector } of chipSizes) {
      const rule = ruleOf(read(file), selector);
      expect(
        [...rule.keys()].filter((name) => /^(color|background)/.test(name)),
        `${file} ${selector}`,
      ).toEqual([]);
    }
  });
});
