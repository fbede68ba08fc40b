// Small statistics and printing helpers shared by the sync benches.
import { loadavg } from 'node:os';

export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile of `values` (p in 0–100); NaN when empty. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** The 1-minute load average, to read every figure against (2 cores shared with other sessions). */
export function formatLoad() {
  const [one, five] = loadavg();
  return `load ${one.toFixed(2)}/${five.toFixed(2)}`;
}

export const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : 'n/a');
export const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

/** Prints rows of cells as an aligned text table. */
export function printTable(header, rows) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** Gives back the event loop: lets a bench loop wait without burning a core. */
export const sleep = (delayMs) => new Promise((resolve) => setTimeout(resolve, delayMs));

/** Rejects with `what` when `promise` takes longer than `timeoutMs` (Playwright's evaluate has no timeout). */
export function withTimeout(promise, timeoutMs, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
