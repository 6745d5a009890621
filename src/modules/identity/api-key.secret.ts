import crypto from 'node:crypto';

/**
 * An API key looks like `sg_3f9a1c07b2e4_<43 random characters>`: the middle part is the key's id
 * (visible in lists and audit entries), the rest is 256 random bits. Only the SHA-256 of the whole
 * key is stored: with that much entropy a fast hash cannot be brute-forced, and a stolen database
 * yields no usable key.
 */
const KEY_PATTERN = /^sg_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface NewKeySecret {
  id: string;
  key: string;
  hash: string;
}

export const hashKey = (key: string): string => crypto.createHash('sha256').update(key).digest('hex');

export function newKeySecret(): NewKeySecret {
  const id = crypto.randomBytes(6).toString('hex');
  const key = `sg_${id}_${crypto.randomBytes(32).toString('base64url')}`;
  return { id, key, hash: hashKey(key) };
}

/** The id part of something shaped like a key, or undefined (then it may be a JWT or the write token). */
export const keyIdOf = (token: string): string | undefined => KEY_PATTERN.exec(token)?.[1];

/** Constant-time, so a stored hash cannot be guessed byte by byte through response times. */
export function hashMatches(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && crypto.timingSafeEqual(given, stored);
}
