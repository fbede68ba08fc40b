// Each bench writes its figures as JSON where run-all.mjs asks (BENCH_SUMMARY_FILE), so run-all can
// print one table at the end; run alone, a bench only prints.
import { writeFileSync } from 'node:fs';

export function writeSummary(summary) {
  const file = process.env.BENCH_SUMMARY_FILE;
  if (file) writeFileSync(file, JSON.stringify(summary, null, 2));
}
