/**
 * The sponsor page's only stylesheet (a scroll box is `position: relative` so the visually hidden
 * labels inside it stay clipped there instead of widening the whole page at 360 px), inline and allowed by its hash in the page's
 * Content-Security-Policy (page-headers.ts). The palette is extension/ui/styles/tokens.css's, in
 * media queries rather than light-dark() so older browsers of sponsors still get a theme. Lights
 * carry a word and a shape; their colour only repeats what the word says.
 */
export const sponsorPageStyle = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --surface: #ffffff; --text: #1c2330; --muted: #5b6576; --border: #d9dee6;
  --focus: #1a73e8; --green: #1e7a3c; --amber: #8a5a00; --red: #b3261e; --none: #5b6576;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #14171c; --surface: #1d2128; --text: #e6e9ef; --muted: #a0a8b6; --border: #343a45;
    --focus: #8ab4f8; --green: #7ed69a; --amber: #f2c14e; --red: #ff8a80; --none: #a0a8b6;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
h3 { font-size: 1rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h4 { font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); margin: .75rem 0 .15rem; }
p { margin: .25rem 0; }
.muted { color: var(--muted); }
.legend { font-size: .9rem; }
.table-scroll {
  position: relative; overflow-x: auto; background: var(--surface); border: 1px solid var(--border); border-radius: 8px;
}
.table-scroll:focus-visible, a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: start; padding: .5rem .75rem; color: var(--muted); font-size: .9rem; }
th, td { padding: .5rem .75rem; border-top: 1px solid var(--border); text-align: start; vertical-align: top; }
thead th { font-size: .85rem; color: var(--muted); white-space: nowrap; }
td.number { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
tbody th[scope="row"] { min-width: 11rem; }
.project-name { font-weight: 600; overflow-wrap: anywhere; }
.project-meta { font-size: .85rem; color: var(--muted); }
.light { display: block; white-space: nowrap; font-size: .9rem; }
.light + .light { color: var(--muted); }
.shape { display: inline-block; width: 1.1em; text-align: center; }
.light--green .shape { color: var(--green); }
.light--amber .shape { color: var(--amber); }
.light--red .shape { color: var(--red); }
.light--none .shape, .light--unknown .shape { color: var(--none); }
.reports { display: grid; gap: .75rem; padding: 0; margin: 0; list-style: none; }
.report {
  background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: .75rem 1rem;
}
.report .text { overflow-wrap: anywhere; }
.sr {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
footer { font-size: .85rem; color: var(--muted); padding-bottom: 2rem; }
@media (max-width: 480px) {
  body { font-size: 14px; }
  header, main, footer { padding: .75rem; }
  th, td { padding: .4rem .5rem; }
}
`;
