import { createMiddleware } from 'hono/factory';
import { maxPushBytes } from '../../shared';
import { httpError, respondError } from './errors';
import { readLimitedBytes } from './read-limited-bytes';

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

/** Keys that reach Object.prototype when code merges a parsed body into an object. */
const prototypeKeys = new Set(['__proto__', 'constructor', 'prototype']);
/** Text that can hold such a key, also spelled with \u escapes; most bodies have none and skip the walk. */
const mayHoldPrototypeKey = /__proto__|constructor|prototype|\\u/;

/**
 * Deeper JSON than any API body needs; the Durable Object RPC serializer overflows its stack on
 * pathological nesting (~10k levels), which would be a 500 instead of a 400.
 */
export const maxJsonDepth = 64;

/** The deepest nesting of arrays and objects in a JSON text, counted without parsing (brackets in strings skipped). */
function measureDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let isInString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isInString) {
      if (code === 92)
        index++; // backslash: skip the escaped character
      else if (code === 34) isInString = false;
    } else if (code === 34) isInString = true;
    else if (code === 91 || code === 123) deepest = Math.max(deepest, ++depth);
    else if (code === 93 || code === 125) depth--;
  }
  return deepest;
}

export interface JsonBodyOptions {
  maxBytes?: number;
  /** What to do about an oversized body, appended to the 413 message. */
  splitHint?: string;
  /**
   * Keys whose values someone else checks for prototype keys: push leaves a mutation's `args` to
   * the shared mutation guard, which rejects just that mutation (docs/sync.md "Push rules", 5); refusing
   * the whole push would block the client's queue forever.
   */
  opaqueKeys?: readonly string[];
}

function describeSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

/**
 * The first prototype key anywhere in a JSON text outside `opaqueKeys`, or undefined (also when
 * the text is not JSON: zValidator reports that). Iterative, so no nesting depth overflows it.
 */
function findPrototypeKey(text: string, opaqueKeys: readonly string[]): string | undefined {
  if (!mayHoldPrototypeKey.test(text)) return undefined;
  let pending: unknown[];
  try {
    pending = [JSON.parse(text)];
  } catch {
    return undefined;
  }
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      if (prototypeKeys.has(key)) return key;
      if (!opaqueKeys.includes(key)) pending.push((value as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}

/**
 * Reads the raw body before any parsing and stops at `maxBytes`, so an oversized one is refused
 * with 413 however it is sent, a non-JSON one with 415, and one nested too deep or with
 * `__proto__`/`constructor`/`prototype` keys with 400. The bytes read become the body of
 * `c.req.raw` again for zValidator.
 */
export function readJsonBody(options: JsonBodyOptions = {}) {
  const { maxBytes = maxPushBytes, splitHint = 'Split the mutations over several pushes.', opaqueKeys = [] } = options;
  // `bytes` is the declared length, or how far reading got before it stopped (the body may be longer).
  const tooLarge = (bytes: number, isExact: boolean) => {
    const size = isExact ? describeSize(bytes) : `over ${describeSize(maxBytes)}`;
    return httpError(
      413,
      'payload_too_large',
      `The request body is ${size}; the limit is ${describeSize(maxBytes)}. ${splitHint}`,
      { bytes, maxBytes },
    );
  };
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
    if (declared > maxBytes) return respondError(c, tooLarge(declared, true));
    const body = await readLimitedBytes(c.req.raw.body, maxBytes);
    if (!body.ok) return respondError(c, tooLarge(body.bytesRead, false));
    // The raw stream is used up now; zValidator's c.req.json() reads the body of c.req.raw, so it gets a copy.
    c.req.raw = new Request(c.req.raw, { body: body.bytes });
    const text = new TextDecoder().decode(body.bytes);
    if (measureDepth(text) > maxJsonDepth) {
      return respondError(
        c,
        httpError(400, 'invalid_body', `The request body is nested more than ${maxJsonDepth} levels deep.`),
      );
    }
    const key = findPrototypeKey(text, opaqueKeys);
    if (key !== undefined) {
      return respondError(
        c,
        httpError(400, 'invalid_body', `The request body must not contain the key "${key}"; remove it and retry.`),
      );
    }
    await next();
  });
}
