const encoder = new TextEncoder();

/** Only tokens with this prefix are looked up; it also lets secret scanners spot leaked tokens. */
export const tokenPrefix = 'ipmo_';

/** SHA-256 of a UTF-8 string as lowercase hex; tokens and invite codes are stored only this way. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares two secrets in constant time; hashing first makes the lengths equal and hides them. */
export async function isSameSecret(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([
    crypto.subtle.digest('SHA-256', encoder.encode(given)),
    crypto.subtle.digest('SHA-256', encoder.encode(expected)),
  ]);
  return crypto.subtle.timingSafeEqual(a, b);
}

function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new bearer token (`ipmo_` + 32 random bytes, base64url) and the hash to store instead of it. */
export async function createToken(): Promise<{ token: string; hash: string }> {
  const token = tokenPrefix + encodeBase64Url(crypto.getRandomValues(new Uint8Array(32)));
  return { token, hash: await sha256Hex(token) };
}

/** Reads `Authorization: Bearer <secret>`; undefined when the header is missing or of another scheme. */
export function readBearer(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}
