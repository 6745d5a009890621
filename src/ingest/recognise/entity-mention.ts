import type { EntityDraft } from './entity-drafts';

/** One place in a text where an entity is named (token indices [from, to)). */
export interface EntityMention {
  id: string;
  entity: EntityDraft;
  from: number;
  to: number;
}
