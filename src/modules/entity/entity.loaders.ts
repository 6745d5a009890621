import DataLoader from 'dataloader';
import { Executor } from '../../db/executor';
import { listLoader, oneLoader } from '../../db/batch';
import { Claim } from '../claim/claim.type';
import { Page } from '../shared/connection';
import { ENTITY, ORGANIZATION_AND_MEMBER_TIES } from '../shared/projections';
import { Story } from '../story/story.type';
import { CountryTieKind, EntityRecord } from './entity.type';
import { EntityRepository, RelatedPageOptions } from './entity.repository';

export interface RoleRecord {
  title: string;
  from: string | null;
  to: string | null;
  country: EntityRecord | null;
}

export interface TieRecord {
  relation: CountryTieKind;
  country: EntityRecord;
}

/** Paged relationship loaders: one DataLoader per page request, so equal pages of many parents batch together. */
function pagedLoader<T>(load: (keys: readonly string[], options: RelatedPageOptions) => Promise<Page<T>[]>) {
  const byOptions = new Map<string, DataLoader<string, Page<T>>>();
  return (options: RelatedPageOptions): DataLoader<string, Page<T>> => {
    const optionsKey = JSON.stringify(options);
    let loader = byOptions.get(optionsKey);
    if (!loader) {
      loader = new DataLoader<string, Page<T>>((keys) => load(keys, options));
      byOptions.set(optionsKey, loader);
    }
    return loader;
  };
}

export function entityLoaders(executor: Executor) {
  const repository = new EntityRepository(executor);
  return {
    entityById: oneLoader<EntityRecord>(executor, `UNWIND $keys AS key MATCH (e:Entity {id: key}) RETURN key, ${ENTITY('e')} AS value`),
    rolesOfPerson: listLoader<RoleRecord>(
      executor,
      `UNWIND $keys AS key MATCH (:Person {id: key})-[r:HELD_ROLE]->(c:Country)
       WITH key, r, c ORDER BY r.from
       RETURN key, {title: r.title, from: r.from, to: r.to, country: ${ENTITY('c')}} AS value`,
    ),
    countryTiesOfEntity: listLoader<TieRecord>(
      executor,
      `UNWIND $keys AS key MATCH (:Entity {id: key})-[r:${ORGANIZATION_AND_MEMBER_TIES}]->(c:Country)
       WITH key, r, c ORDER BY type(r), c.name
       RETURN key, {relation: type(r), country: ${ENTITY('c')}} AS value`,
    ),
    claimsAboutEntity: pagedLoader<Claim>((keys, options) => repository.claimsAbout(keys, options)),
    storiesMentioningEntity: pagedLoader<Story>((keys, options) => repository.storiesMentioning(keys, options)),
  };
}
