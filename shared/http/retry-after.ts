// Pure, with no schema imports, so the content scripts can use it without pulling zod in.

/** The longest wait a Retry-After is trusted for: a broken header must not stop us for days. */
export const maxRetryAfterMs = 60 * 60 * 1000;

/** The HTTP date senders must use (IMF-fixdate, RFC 9110 §5.6.7), e.g. `Mon, 02 Mar 2026 10:01:30 GMT`. */
const httpDatePattern = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Reads `Retry-After` (delay-seconds or an HTTP date, RFC 9110 §10.2.3) as milliseconds from `nowMs`. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  const text = value?.trim() ?? '';
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else if (httpDatePattern.test(text)) ms = Date.parse(text) - nowMs;
  else return undefined;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(Math.max(ms, 0), maxRetryAfterMs);
}
