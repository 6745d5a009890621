import { Conditions, readPage } from '../../db/conditions';
import { Executor } from '../../db/executor';
import { Page } from '../shared/connection';
import { foldKey } from '../shared/ids';
import { COUNTRY_TIES, ENTITY } from '../shared/projections';
import { EntityFilter } from './entity.filter';
import { EntityRecord } from './entity.type';

function entityConditions(filter: EntityFilter = {}): Conditions {
  const where = new Conditions();
  if (filter.types?.length) where.add('e.type IN $types', { types: filter.types });
  if (filter.nameContains) {
    where.add('e.nameKey CONTAINS $nameKey OR any(k IN coalesce(e.aliasKeys, []) WHERE k CONTAINS $nameKey)', { nameKey: foldKey(filter.nameContains) });
  }
  if (filter.countryCode) {
    where.add(`EXISTS { MATCH (e)-[:${COUNTRY_TIES}]->(:Country {code: $countryCode}) }`, { countryCode: filter.countryCode });
  }
  return where;
}

export class EntityRepository {
  constructor(private readonly executor: Executor) {}

  async page(filter: EntityFilter | undefined, offset: number, first: number): Promise<Page<EntityRecord>> {
    const where = entityConditions(filter);
    return readPage<EntityRecord>(this.executor, `MATCH (e:Entity) {{where}} WITH e ORDER BY e.type, e.name, e.id`, 'e', ENTITY, where, offset, first);
  }

  async countryByCode(code: string): Promise<EntityRecord | null> {
    const [row] = await this.executor.read<{ e: EntityRecord }>(`MATCH (e:Country {code: $code}) RETURN ${ENTITY('e')} AS e`, { code });
    return row?.e ?? null;
  }
}
