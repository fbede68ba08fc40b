import { sha256Hex } from './secrets';

/** Crockford's base32: no I, L, O or U, so a code read aloud or retyped survives. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const groups = 3;
const groupLength = 4;

/** A one-time invite code like `7KQ2-M9XD-4TRB`: 12 symbols × 5 bits = 60 bits of entropy. */
export function createInviteCode(): string {
  // 256 is a multiple of 32, so `byte & 31` picks every symbol with the same probability.
  const bytes = crypto.getRandomValues(new Uint8Array(groups * groupLength));
  const symbols = [...bytes].map((byte) => alphabet[byte & 31]).join('');
  const parts = [];
  for (let start = 0; start < symbols.length; start += groupLength)
    parts.push(symbols.slice(start, start + groupLength));
  return parts.join('-');
}

/** What a person typed, reduced to the canonical symbols: any case, spaces and dashes ignored, O→0, I/L→1. */
export function normalizeInviteCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** The key an invite is stored under: the hash of its normalized code, never the code itself. */
export function hashInviteCode(typed: string): Promise<string> {
  return sha256Hex(normalizeInviteCode(typed));
}
