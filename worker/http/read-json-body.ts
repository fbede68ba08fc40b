import { createMiddleware } from 'hono/factory';
import { maxPushBytes } from '../../shared';
import { httpError, respondError } from './errors';

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

function describeSize(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

/**
 * Reads the raw body before any parsing so an oversized one is refused with 413 (SYNC.md push
 * limits) and a non-JSON one with 415. The bytes stay in Hono's body cache for zValidator.
 */
export function readJsonBody(maxBytes: number = maxPushBytes) {
  const tooLarge = (bytes: number) =>
    httpError(
      413,
      'payload_too_large',
      `The request body is ${describeSize(bytes)}; the limit is ${describeSize(maxBytes)}. Split the mutations over several pushes.`,
      { bytes, maxBytes },
    );
  return createMiddleware(async (c, next) => {
    const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0].trim();
    if (!jsonMediaType.test(mediaType)) {
      return respondError(
        c,
        httpError(
          415,
          'unsupported_media_type',
          'Send the body as JSON with the header Content-Type: application/json.',
        ),
      );
    }
    // Content-Length can be absent or wrong, so it only short-cuts; the byte count below decides.
    const declared = Number(c.req.header('Content-Length'));
    if (declared > maxBytes) return respondError(c, tooLarge(declared));
    const body = await c.req.arrayBuffer();
    if (body.byteLength > maxBytes) return respondError(c, tooLarge(body.byteLength));
    await next();
  });
}
