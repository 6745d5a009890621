/**
 * The secret part of an API key (`sg_<12 hex id>_<43 base64url characters>`). Not `split('_')`: the
 * secret itself may contain underscores.
 */
export function keySecret(key: string): string {
  const secret = /^sg_[0-9a-f]{12}_([A-Za-z0-9_-]{43})$/.exec(key)?.[1];
  if (!secret) throw new Error(`not an API key: ${key}`);
  return secret;
}
