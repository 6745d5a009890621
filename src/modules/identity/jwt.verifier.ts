import { createRemoteJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import { OidcConfig } from '../../config/env';
import { AppError } from '../../errors/app-error';
import { parseTlp, Tlp, tlpOfRank, tlpRank } from '../shared/tlp';
import { highestRole } from './identity.roles';
import { Identity } from './identity.type';
import { unauthenticated } from './unauthenticated';

/** Clocks of the provider and this service may differ a little; more than this and a token counts as expired. */
const CLOCK_TOLERANCE_S = 5;

/** "realm_access.roles" reads payload.realm_access.roles; a string value may list several roles separated by spaces. */
function claimValues(payload: JWTPayload, path: string): unknown[] {
  let value: unknown = payload;
  for (const part of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  if (typeof value === 'string') return value.split(/\s+/);
  return Array.isArray(value) ? value : [];
}

/**
 * Verifies OIDC access tokens with jose: signature against the provider's JWKS (fetched once and
 * refetched when a token names an unknown key, so key rotation needs no restart), issuer, audience,
 * expiry and not-before.
 */
export class JwtVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly oidc: OidcConfig) {
    this.keys = createRemoteJWKSet(new URL(oidc.jwksUrl), { timeoutDuration: 5000 });
  }

  async identify(token: string): Promise<Identity> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, { issuer: this.oidc.issuer, audience: this.oidc.audience, clockTolerance: CLOCK_TOLERANCE_S }));
    } catch (err) {
      if (err instanceof errors.JWKSTimeout || !(err instanceof errors.JOSEError)) {
        throw new AppError('SERVICE_UNAVAILABLE', "The identity provider's keys could not be fetched; try again", { cause: err });
      }
      throw unauthenticated(`the bearer token was refused: ${err.message}`);
    }
    if (!payload.sub) throw unauthenticated('the bearer token has no "sub" claim');
    const role = highestRole(claimValues(payload, this.oidc.roleClaim));
    if (!role) throw new AppError('FORBIDDEN', `The token carries no storygraph role (reader, analyst, editor, admin) in its "${this.oidc.roleClaim}" claim`);
    const name = [payload.email, payload.preferred_username, payload.name].find((v) => typeof v === 'string') as string | undefined;
    return { id: `oidc:${payload.sub}`, kind: 'jwt', name: name ?? payload.sub, role, clearance: this.clearanceOf(payload) };
  }

  /** The highest marking the clearance claim names; the configured default without the claim; FORBIDDEN for a value that is no marking. */
  private clearanceOf(payload: JWTPayload): Tlp {
    const values = claimValues(payload, this.oidc.clearanceClaim);
    if (!values.length) return this.oidc.defaultClearance;
    const levels = values.map((v) => (typeof v === 'string' ? parseTlp(v) : undefined));
    if (levels.some((l) => l === undefined)) {
      throw new AppError('FORBIDDEN', `The token's "${this.oidc.clearanceClaim}" claim is not a TLP marking (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)`);
    }
    return tlpOfRank(Math.max(...levels.map((l) => tlpRank(l!))));
  }
}
