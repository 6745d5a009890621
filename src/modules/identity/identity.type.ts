import { Tlp, tlpRank } from '../shared/tlp';
import { Role } from './identity.roles';

/** How the caller proved who they are. */
export type IdentityKind = 'apiKey' | 'jwt' | 'anonymous' | 'writeToken' | 'system';

/**
 * The acting identity of one request. `id` is stable and is what the graph records
 * (gradedBy, linkedBy, audit entries), e.g. "key:k3f9a1c07b2e", "oidc:248289761001", "anonymous".
 */
export interface Identity {
  readonly id: string;
  readonly kind: IdentityKind;
  /** For people reading the audit log: the key's name, the token's name or email claim. */
  readonly name: string;
  readonly role: Role;
  /** The highest TLP marking this identity may read: nodes with a higher effective marking do not exist for it. */
  readonly clearance: Tlp;
}

/** The caller's clearance as a rank comparable with a node's `markingRank`. */
export const clearanceRank = (identity: Identity): number => tlpRank(identity.clearance);

export const ANONYMOUS_ID = 'anonymous';

export const anonymous = (role: Role, clearance: Tlp): Identity => ({ id: ANONYMOUS_ID, kind: 'anonymous', name: 'anonymous', role, clearance });

/** Scripts and tests that call services directly act as this: there is no request to authenticate. It reads everything. */
export const SYSTEM: Identity = Object.freeze({ id: 'system', kind: 'system', name: 'system', role: Role.admin, clearance: Tlp.RED });
