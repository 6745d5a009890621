import crypto from 'node:crypto';
import { AuthConfig } from '../../config/env';
import { Executor } from '../../db/executor';
import { keyIdOf } from './api-key.secret';
import { apiKeyService } from './api-key.service';
import { Tlp } from '../shared/tlp';
import { Role } from './identity.roles';
import { anonymous, Identity } from './identity.type';
import { JwtVerifier } from './jwt.verifier';
import { unauthenticated } from './unauthenticated';

const BEARER = /^Bearer\s+(\S+)\s*$/i;
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** The deprecated shared token: an editor that reads everything (RED), as it did before markings; give pipelines API keys instead. */
export const WRITE_TOKEN_IDENTITY: Identity = Object.freeze({
  id: 'write-token',
  kind: 'writeToken',
  name: 'API_WRITE_TOKEN',
  role: Role.editor,
  clearance: Tlp.RED,
});

function sameSecret(given: string, expected: string): boolean {
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/**
 * Turns a request's Authorization header into the acting identity, or refuses it. Credentials that
 * are sent but not valid are refused even when anonymous access is on: a client with a revoked or
 * expired key must find out, not silently read as anonymous.
 */
export class Authenticator {
  private readonly jwt?: JwtVerifier;

  constructor(
    /** For key lookups: not the request's executor, so round-trip counts of a request stay its own. */
    private readonly executor: Executor,
    private readonly auth: AuthConfig,
    private readonly writeToken?: string,
  ) {
    this.jwt = auth.oidc ? new JwtVerifier(auth.oidc) : undefined;
  }

  async identify(authorization: string | undefined): Promise<Identity> {
    if (!authorization) {
      if (this.auth.anonymousRole) return anonymous(this.auth.anonymousRole, this.auth.anonymousClearance ?? Tlp.CLEAR);
      throw unauthenticated('send Authorization: Bearer <API key or token>');
    }
    const token = BEARER.exec(authorization)?.[1];
    if (!token) throw unauthenticated('the Authorization header must be "Bearer <API key or token>"');
    if (keyIdOf(token)) {
      const identity = await apiKeyService.identify(this.executor, token);
      if (!identity) throw unauthenticated('unknown or revoked API key');
      return identity;
    }
    if (this.writeToken && sameSecret(token, this.writeToken)) return WRITE_TOKEN_IDENTITY;
    if (this.jwt && JWT_SHAPE.test(token)) return this.jwt.identify(token);
    throw unauthenticated('the bearer token is neither an API key nor a token this server accepts');
  }
}
