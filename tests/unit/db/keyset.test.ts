import { afterCondition, checkCursor, listOrder, OrderChoice, SortKey } from '../../../src/db/keyset';
import { int } from 'neo4j-driver';
import { pagedStatement } from '../../../src/db/paged-read';

const ORDER: SortKey[] = [
  { expr: 's.publishedAt', dir: 'DESC', kind: 'date' },
  { expr: 's.id', dir: 'ASC', kind: 'string' },
];

describe('seek pagination', () => {
  it('continues strictly after the cursor row, seeking on the leading key', () => {
    expect(afterCondition(ORDER)).toMatchInlineSnapshot(
      `"s.publishedAt <= date($after[0]) AND (s.publishedAt < date($after[0]) OR (s.publishedAt = date($after[0]) AND (s.id > $after[1])))"`,
    );
  });

  it('refuses a cursor of another list', () => {
    expect(() => checkCursor(ORDER, ['2025-01-01', 'story:a'])).not.toThrow();
    expect(() => checkCursor(ORDER, ['story:a', '2025-01-01'])).toThrow(/not a cursor of this list/);
    expect(() => checkCursor(ORDER, ['2025-01-01'])).toThrow(/not a cursor of this list/);
  });

  it('reads one page and its total in one statement, values as parameters', () => {
    const statement = pagedStatement({
      scope: 'MATCH (s:Story) WHERE s.publishedAt IS NOT NULL',
      params: {},
      vars: 's',
      order: ORDER,
      project: 's {.id}',
      after: ['2025-01-01', 'story:a'],
      first: 2,
      total: 'MATCH (s:Story) RETURN count(s) AS total',
      withTotal: true,
    });
    expect(statement.cypher).toMatchInlineSnapshot(`
     "CALL () {
       MATCH (s:Story) RETURN count(s) AS total
     }
     CALL () {
       MATCH (s:Story) WHERE s.publishedAt IS NOT NULL
       WITH s
       WHERE s.publishedAt <= date($after[0]) AND (s.publishedAt < date($after[0]) OR (s.publishedAt = date($after[0]) AND (s.id > $after[1])))
       WITH s ORDER BY s.publishedAt DESC, s.id ASC LIMIT $pageLimit
       RETURN collect({node: s {.id}, key: [toString(s.publishedAt), s.id]}) AS rows
     }
     RETURN total, rows"
    `);
    expect(statement.params).toEqual({ pageLimit: int(3), after: ['2025-01-01', 'story:a'] });
  });

  it('reads a dense answer by walking the index, a sparse one by sorting the anchored rows, as the total decides', () => {
    const statement = pagedStatement({
      scope: 'MATCH (:Topic {id: $topic})<-[:TAGGED]-(s:Story)',
      params: { topic: 'topic:a' },
      vars: 's',
      order: ORDER,
      project: 's {.id}',
      after: null,
      first: 2,
      total: 'MATCH (:Topic {id: $topic})<-[:TAGGED]-(s:Story) RETURN count(s) AS total',
      withTotal: false,
      dense: {
        scope: 'MATCH (s:Story) WHERE s.publishedAt IS NOT NULL AND EXISTS { (s)-[:TAGGED]->(:Topic {id: $topic}) }',
        walkable: 'MATCH (s:Story) RETURN count(s) AS walkable',
      },
    });
    expect(statement.cypher).toMatchInlineSnapshot(`
     "CALL () {
       MATCH (:Topic {id: $topic})<-[:TAGGED]-(s:Story) RETURN count(s) AS total
     }
     CALL () {
       MATCH (s:Story) RETURN count(s) AS walkable
     }
     CALL (total, walkable) {
       CALL (total, walkable) {
         WITH * WHERE total * total > $pageLimit * walkable
         MATCH (s:Story) WHERE s.publishedAt IS NOT NULL AND EXISTS { (s)-[:TAGGED]->(:Topic {id: $topic}) }
         WITH s ORDER BY s.publishedAt DESC, s.id ASC LIMIT $pageLimit
         RETURN s
         UNION ALL
         WITH * WHERE NOT (total * total > $pageLimit * walkable)
         MATCH (:Topic {id: $topic})<-[:TAGGED]-(s:Story)
         WITH s ORDER BY s.publishedAt DESC, s.id ASC LIMIT $pageLimit
         RETURN s
       }
       WITH s ORDER BY s.publishedAt DESC, s.id ASC
       RETURN collect({node: s {.id}, key: [toString(s.publishedAt), s.id]}) AS rows
     }
     RETURN total, rows"
    `);
    expect(statement.params).toEqual({ topic: 'topic:a', pageLimit: int(3) });
  });

  describe('a list order', () => {
    const ORDERS: Record<'PUBLISHED_AT' | 'TITLE', OrderChoice> = {
      PUBLISHED_AT: { natural: 'DESC', keys: (dir) => [{ ...ORDER[0], dir }, ORDER[1]] },
      TITLE: { natural: 'ASC', keys: (dir) => [{ expr: 's.title', dir, kind: 'string' }, ORDER[1]] },
    };

    it('leaves the default order untagged, so its cursors are what they were', () => {
      const after = ['2025-01-01', 'story:a'];
      expect(listOrder(ORDERS, 'PUBLISHED_AT', null, after)).toEqual({ order: ORDER, orderTag: undefined, after });
      expect(listOrder(ORDERS, 'PUBLISHED_AT', { field: 'PUBLISHED_AT' }, null)).toEqual({ order: ORDER, orderTag: undefined, after: null });
    });

    it('tags another order and takes the tag off its cursors', () => {
      const titleAsc = [{ expr: 's.title', dir: 'ASC', kind: 'string' }, ORDER[1]];
      expect(listOrder(ORDERS, 'PUBLISHED_AT', { field: 'TITLE' }, ['TITLE:ASC', 'Alpha', 'story:a'])).toEqual({
        order: titleAsc,
        orderTag: 'TITLE:ASC',
        after: ['Alpha', 'story:a'],
      });
      expect(listOrder(ORDERS, 'PUBLISHED_AT', { field: 'PUBLISHED_AT', direction: 'ASC' }, null).orderTag).toBe('PUBLISHED_AT:ASC');
    });

    it('refuses a cursor of another order', () => {
      expect(() => listOrder(ORDERS, 'PUBLISHED_AT', { field: 'TITLE' }, ['2025-01-01', 'story:a'])).toThrow(/cursor of another order than TITLE:ASC/);
    });
  });
});
