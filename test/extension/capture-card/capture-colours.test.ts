import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(resolve(import.meta.dirname, '../../..', path), 'utf8');

/** The first value a stylesheet gives a custom property (the light theme's). */
function colourOf(css: string, property: string): string | undefined {
  return new RegExp(`${property}:\\s*(#[0-9a-f]{3,8})`, 'i').exec(css)?.[1]?.toLowerCase();
}

describe('capture card colours', () => {
  it("colours each band as the popup's score chips do", () => {
    const theme = read('extension/ui/styles/theme.css');
    const capture = read('extension/ui/capture/capture.css');
    const fields = read('extension/ui/capture/capture-fields.css');

    for (const band of ['low', 'medium', 'high', 'critical']) {
      expect(colourOf(capture, `--capture-band-${band}`), band).toBe(colourOf(theme, `--band-${band}`));
      expect(fields).toContain(`.capture-score--${band} {\n  background: var(--capture-band-${band});`);
    }
  });
});
