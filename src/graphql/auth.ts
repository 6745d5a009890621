import crypto from 'node:crypto';
import { AuthChecker } from 'type-graphql';
import { Context } from './context';

/** Roles a resolver can require with @Authorized(...). */
export const WRITE = 'WRITE';

/**
 * Reads are open; writes need the bearer token when API_WRITE_TOKEN is configured.
 * The comparison is constant-time so the token cannot be guessed byte by byte.
 */
export function canWrite(authorization: string | undefined, token: string | undefined): boolean {
  if (!token) return true;
  const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(token).digest();
  return crypto.timingSafeEqual(a, b) && given.length > 0;
}

export const authChecker: AuthChecker<Context> = ({ context }, roles) => !roles.includes(WRITE) || context.canWrite;
