/** A body read up to a byte limit: its bytes, or how far the reader got before it gave up. */
export type LimitedBytes = { ok: true; bytes: Uint8Array } | { ok: false; bytesRead: number };

/**
 * Reads a request body chunk by chunk and cancels it as soon as it passes `maxBytes`, so a client
 * that streams without Content-Length (or lies in it) never makes the Worker hold more than the
 * limit plus one chunk. Reading the whole body first would buffer all of it before the 413.
 */
export async function readLimitedBytes(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<LimitedBytes> {
  if (!body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let bytesRead = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytesRead += value.byteLength;
    if (bytesRead > maxBytes) {
      // Not awaited: a client that stalls its upload must not hold the 413 back.
      reader.cancel('request body over the limit').catch(() => {});
      return { ok: false, bytesRead };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(bytesRead);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
