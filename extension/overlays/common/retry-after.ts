// The twin of parseRetryAfter in adapters/worker-api/request-json.ts, kept apart because importing
// that module pulls the Worker API's zod schemas into the content scripts (+30 kB gzipped).

/** The longest wait a Retry-After is trusted for: a broken header must not silence the overlay for days. */
const maxRetryAfterMs = 60 * 60 * 1000;

/** The HTTP date senders must use (IMF-fixdate, RFC 9110 §5.6.7), e.g. `Mon, 02 Mar 2026 10:01:30 GMT`. */
const httpDatePattern = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Reads `Retry-After` (delay-seconds or an HTTP date, RFC 9110 §10.2.3) as milliseconds from `nowMs`. */
export function readRetryAfterMs(value: string | null, nowMs: number): number | undefined {
  const text = value?.trim() ?? '';
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else if (httpDatePattern.test(text)) ms = Date.parse(text) - nowMs;
  else return undefined;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(Math.max(ms, 0), maxRetryAfterMs);
}
