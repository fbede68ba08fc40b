import { sponsorPageStyle } from './sponsor-page-style';

async function hashStyle(css: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

// The stylesheet only changes with a deploy: hashed once per isolate.
let styleSource: Promise<string> | undefined;

/**
 * Headers of every sponsor page, found or not: no script and nothing loaded at all but the one
 * inline stylesheet (by its hash, so even an injected style could not apply), never framed, cached,
 * indexed or sent as a referrer (the address is the secret). worker/http/security-headers.ts sets
 * some of these on every answer already; they are repeated here so this page never depends on it.
 */
export async function readSponsorPageHeaders(): Promise<Record<string, string>> {
  styleSource ??= hashStyle(sponsorPageStyle);
  const policy = [
    "default-src 'none'",
    `style-src ${await styleSource}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': policy,
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Robots-Tag': 'noindex, nofollow',
    'X-Content-Type-Options': 'nosniff',
  };
}
