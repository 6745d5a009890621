import DataLoader from 'dataloader';
import { Executor } from '../../db/executor';
import { groupByKey, KeyedRow, listLoader, oneLoader } from '../../db/batch';
import { Claim } from '../claim/claim.type';
import { Page } from '../shared/connection';
import { CLAIM, CLAIM_ORDER, COUNTRY_TIES, ENTITY, ORGANIZATION_AND_MEMBER_TIES, STORY } from '../shared/projections';
import { Story } from '../story/story.type';
import { CountryTieKind, EntityRecord } from './entity.type';

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

/**
 * Claims about an entity; a country also collects claims about what is tied to it. The entities
 * in scope are found from `e` first (itself, plus what is tied to a country) so the planner
 * expands from a handful of nodes instead of scanning every claim.
 */
const CLAIMS_ABOUT = `
  UNWIND $keys AS key MATCH (e:Entity {id: key})
  CALL (e) {
    CALL (e) {
      RETURN e AS x
      UNION
      MATCH (x:Entity)-[:${COUNTRY_TIES}]->(e) WHERE e:Country RETURN x
    }
    MATCH (s:Story)-[:HAS_CLAIM]->(c:Claim)-[:ABOUT]->(x)
    WITH DISTINCT s, c ORDER BY ${CLAIM_ORDER}
    RETURN collect(c) AS rows
  }
  RETURN key, {totalCount: size(rows), nodes: [c IN rows[$offset..($offset + $first)] | ${CLAIM('c')}]} AS value`;

const STORIES_MENTIONING = `
  UNWIND $keys AS key MATCH (e:Entity {id: key})
  CALL (e) {
    MATCH (s:Story)-[:MENTIONS]->(e)
    WITH s ORDER BY s.publishedAt DESC, s.id
    RETURN collect(s) AS rows
  }
  RETURN key, {totalCount: size(rows), nodes: [s IN rows[$offset..($offset + $first)] | ${STORY('s')}]} AS value`;

/** Paged relationship loaders: one DataLoader per (offset, first) so equal pages batch together. */
function pagedLoader<T>(executor: Executor, cypher: string) {
  const byArgs = new Map<string, DataLoader<string, Page<T>>>();
  return (offset: number, first: number): DataLoader<string, Page<T>> => {
    const argsKey = `${offset}:${first}`;
    let loader = byArgs.get(argsKey);
    if (!loader) {
      loader = new DataLoader<string, Page<T>>(async (keys) => {
        const rows = await executor.read<KeyedRow<Omit<Page<T>, 'offset' | 'first'>>>(cypher, { keys: [...keys], offset, first });
        return groupByKey(keys, rows).map(([page]) => ({ totalCount: page?.totalCount ?? 0, nodes: page?.nodes ?? [], offset, first }));
      });
      byArgs.set(argsKey, loader);
    }
    return loader;
  };
}

export function entityLoaders(executor: Executor) {
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
    claimsAboutEntity: pagedLoader<Claim>(executor, CLAIMS_ABOUT),
    storiesMentioningEntity: pagedLoader<Story>(executor, STORIES_MENTIONING),
  };
}
