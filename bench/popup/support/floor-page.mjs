// The least an extension page costs to show something: a static page with one line of text, no
// script and no stylesheet, put beside the built extension's pages for the bench only. Its open →
// painted time, cold and warm, is what Chromium itself takes (process, navigation, first frame)
// before any of the popup's own work, so the popup's goals can be read against it.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const floorPagePath = 'bench-floor.html';

const floorPage = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Interim PMO</title></head>
  <body><p elementtiming="ipmo-floor">Supplier is late (R-1)</p></body>
</html>
`;

/**
 * Writes the floor page into the unpacked extension (Chromium serves an unpacked extension's files
 * from disk when asked, so it may already be loaded); answers the function that removes it.
 */
export function addFloorPage(extensionDir) {
  const file = join(extensionDir, floorPagePath);
  writeFileSync(file, floorPage);
  return () => rmSync(file, { force: true });
}
