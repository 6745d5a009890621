import { COUNTRIES } from '../../modules/entity/countries';
import { EntityType } from '../../modules/shared/enums';
import { boundedMemo } from '../../modules/shared/bounded-memo';
import { foldKey } from '../../modules/shared/ids';
import { countryName } from '../recognise';
import type { EntityDraft } from '../recognise';
import type { EntityMention } from '../recognise';

/** Reference names and aliases recur in every story that mentions them: each is folded once. */
const fold = boundedMemo(foldKey, 65536);

/** Keys the API resolves a reference with: name, code, acronym, aliases (and a country's ISO name). */
function keysOf(entity: EntityDraft): string[] {
  const countryName = entity.type === EntityType.COUNTRY && entity.code ? COUNTRIES.get(entity.code)?.name : undefined;
  return [entity.name, countryName, entity.code, entity.acronym, ...(entity.aliases ?? [])].filter((n): n is string => !!n).map(fold);
}

/** A story's entities: one per canonical id, in order of first mention, and how claims refer to each. */
export class StoryEntities {
  private readonly byId = new Map<string, EntityDraft>();
  private settled = false;

  /**
   * Copies the drafts: reference drafts are shared by every story and must not pick up one story's
   * changes. settle() only sets top-level fields (it replaces `aliases`, never edits it), so a
   * shallow copy is enough and costs a fraction of a deep one.
   */
  addAll(mentions: readonly EntityMention[]): void {
    if (this.settled) throw new Error('entities were already read; add them all first');
    for (const m of mentions) if (!this.byId.has(m.id)) this.byId.set(m.id, { ...m.entity });
  }

  private sharedKeys(): Set<string> {
    const owners = new Map<string, Set<string>>();
    for (const [id, e] of this.byId) for (const key of keysOf(e)) owners.set(key, (owners.get(key) ?? new Set()).add(id));
    return new Set([...owners].filter(([, ids]) => ids.size > 1).map(([key]) => key));
  }

  /**
   * The API rejects a story in which one key names two entities (Mexico's and Spain's CNI share
   * "CNI"). Shared aliases are dropped, then shared acronyms, then shared names get their country;
   * an entity whose acronym or name changes keeps its canonical id explicitly.
   */
  private settle(): void {
    if (this.settled) return;
    this.settled = true;
    // Most stories share no key at all; each step below only runs again when the one before changed something.
    let shared = this.sharedKeys();
    let changed = false;
    for (const e of this.byId.values()) {
      if (!e.aliases) continue;
      if (shared.size > 0) {
        const kept = e.aliases.filter((a) => !shared.has(fold(a)));
        changed ||= kept.length !== e.aliases.length;
        e.aliases = kept;
      }
      if (e.aliases.length === 0) delete e.aliases;
    }
    if (shared.size === 0) return;
    if (changed) shared = this.sharedKeys();
    changed = false;
    for (const [id, e] of this.byId) {
      if (e.acronym && shared.has(fold(e.acronym))) {
        e.id = id;
        delete e.acronym;
        changed = true;
      }
    }
    if (changed) shared = this.sharedKeys();
    for (const [id, e] of this.byId) {
      if (e.type !== EntityType.COUNTRY && e.name && shared.has(fold(e.name))) {
        e.id = id;
        e.name = `${e.name} (${e.countryCode ? countryName(e.countryCode) : id})`;
      }
    }
  }

  /** Claims refer to countries by code and to the rest by name (unique once settled). */
  ref(id: string): string {
    this.settle();
    const entity = this.byId.get(id);
    if (!entity) throw new Error(`entity ${id} was never added to the story`);
    return entity.type === EntityType.COUNTRY ? (entity.code ?? id) : (entity.name ?? id);
  }

  all(): EntityDraft[] {
    this.settle();
    return [...this.byId.values()];
  }
}
