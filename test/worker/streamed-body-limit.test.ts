import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { maxPushBytes, maxSmallBodyBytes } from '../../shared';
import { createWorkspace } from './api';

const chunkBytes = 64 * 1024;
const totalBytes = 100 * 1024 * 1024;

/**
 * A JSON-looking body of `totalBytes` that is produced only as the server reads it, so the test
 * can see how much the server pulled. With a stream body the request has no Content-Length.
 */
function createCountingBody() {
  const seen = { bytes: 0, isCancelled: false };
  const filler = new TextEncoder().encode('x'.repeat(chunkBytes));
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (seen.bytes >= totalBytes) return controller.close();
        controller.enqueue(seen.bytes === 0 ? new TextEncoder().encode('{"padding":"') : filler.slice());
        seen.bytes += seen.bytes === 0 ? 12 : chunkBytes;
      },
      cancel() {
        seen.isCancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { body, seen };
}

async function sendStreamed(path: string, headers: Record<string, string> = {}) {
  const { body, seen } = createCountingBody();
  const response = await exports.default.fetch(`https://api.test${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });
  const json = await response.json();
  // workerd then logs "Network connection lost" for this test's upload pump: the client seeing the cut.
  // Let anything still draining the request after the answer show up in the count.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { response, json, seen };
}

describe('a body streamed without Content-Length is cut off at the limit', () => {
  it('answers 413 to a 100 MiB push and stops reading soon after 1 MiB', async () => {
    const owner = await createWorkspace();
    const { response, json, seen } = await sendStreamed(`/v1/workspaces/${owner.workspace.id}/push`, {
      Authorization: `Bearer ${owner.token}`,
    });
    expect(response.status).toBe(413);
    expect(json).toMatchObject({ error: { code: 'payload_too_large', details: { maxBytes: maxPushBytes } } });
    // Transport buffers may hold a few chunks; the 99 MiB after the limit must never be pulled.
    expect(seen.bytes).toBeLessThan(maxPushBytes + 32 * chunkBytes);
  });

  it('answers 413 to a 100 MiB invite acceptance (no token needed) and stops reading soon after 16 KiB', async () => {
    const { response, json, seen } = await sendStreamed('/v1/invites/accept');
    expect(response.status).toBe(413);
    expect(json).toMatchObject({ error: { code: 'payload_too_large', details: { maxBytes: maxSmallBodyBytes } } });
    expect(seen.bytes).toBeLessThan(maxSmallBodyBytes + 32 * chunkBytes);
  });

  it('still accepts a small streamed body and hands it to validation', async () => {
    const body = new Blob([
      JSON.stringify({ code: 'AAAA-BBBB-CCCC', name: 'Nina', email: 'nina@acme.example' }),
    ]).stream();
    const response = await exports.default.fetch('https://api.test/v1/invites/accept', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: expect.not.stringMatching(/invalid/) } });
  });
});
