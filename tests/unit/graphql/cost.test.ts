import fs from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { DEFAULT_LIMITS } from '../../../src/config/env';
import { fromRoot } from '../../../src/config/paths';
import { costEstimator } from '../../../src/graphql/limits/cost.estimator';
import { operationLimits } from '../../../src/graphql/limits/operation-limits';
import { readmeExamples } from '../../support/readme';

const schema = buildSchema(fs.readFileSync(fromRoot('schema', 'schema.graphql'), 'utf8'));
const cost = (query: string, variables: Record<string, unknown> = {}) => getComplexity({ schema, query: parse(query), variables, estimators: [costEstimator] });

describe('the cost model', () => {
  it.each([
    ['a page multiplies its edges by first', '{ claims(first: 5) { edges { node { id } } } }', 1 + 5 * (1 + 1 * (1 + 1))],
    ['first: 0 still counts the connection once', '{ claims(first: 0) { totalCount } }', 2],
    ['first defaults to 20', '{ claims { edges { node { id } } } }', 1 + 20 * 3],
    ['a first beyond the maximum is left to argument validation (counted as 100)', '{ claims(first: 1000) { edges { node { id } } } }', 1 + 100 * 3],
    ['a list without a size counts 10 items', '{ story(id: "story:x") { claims { id } } }', 1 + (1 + 10 * 1)],
    ['nesting multiplies', '{ claims(first: 2) { edges { node { about { claims(first: 3) { totalCount } } } } } }', 1 + 2 * (1 + (1 + (1 + 10 * (1 + 3 * 1))))],
    ['neighborhood costs limit x depth, defaults 50 x 1', '{ neighborhood(id: "country:MX") { nodes { id } } }', 1 + 50 * (1 + 1)],
    ['neighborhood at its largest', '{ neighborhood(id: "country:MX", depth: 3, limit: 500) { nodes { id } } }', 1 + 1500 * 2],
    ['paths cost 10 per hop', '{ paths(fromId: "a", toId: "b", maxHops: 2) { edges { type } } }', 1 + 20 * 2],
    ['coMentions costs by limit', '{ coMentions(entityId: "country:RU", limit: 5) { claims } }', 1 + 5],
    ['timeline costs by its months', '{ analytics { timeline(from: "2025-08", to: "2025-12") { month } } }', 1 + (1 + 5)],
    ['leaderboard costs by first', '{ analytics { leaderboard(dimension: COUNTRY, first: 3) { name } } }', 1 + (1 + 3)],
    ['introspection is free', '{ __schema { types { name fields { name args { name } } } } }', 0],
  ])('%s', (_name, query, expected) => {
    expect(cost(query)).toBe(expected);
  });

  it('reads sizes from variables', () => {
    expect(cost('query($n: Int!) { claims(first: $n) { edges { node { id } } } }', { n: 100 })).toBe(301);
  });

  it('accepts every README example with room to spare, under every operation limit', () => {
    const { validationRules } = operationLimits(DEFAULT_LIMITS, true);
    const examples = readmeExamples();
    expect(examples.length).toBeGreaterThan(10);
    for (const { name, query } of examples) {
      expect({ name, cost: cost(query) < DEFAULT_LIMITS.maxCost / 10 }).toEqual({ name, cost: true });
      expect({ name, errors: validate(schema, parse(query), validationRules).map((e) => e.message) }).toEqual({ name, errors: [] });
    }
  });

  it('refuses the nested claims > about > claims request of issue 9 by cost', () => {
    const nested =
      '{ claims(first: 100) { edges { node { about { claims(first: 100) { edges { node { about { claims(first: 100) { edges { node { text } } } } } } } } } } } }';
    expect(cost(nested)).toBeGreaterThan(1000 * DEFAULT_LIMITS.maxCost);
  });

  it('allows one largest neighborhood, refuses many of them', () => {
    const one = 'n0: neighborhood(id: "country:MX", depth: 3, limit: 500) { nodes { id label name } edges { id type from to } }';
    expect(cost(`{ ${one} }`)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    const many = Array.from({ length: 10 }, (_, i) => one.replace('n0', `n${i}`)).join('\n');
    expect(cost(`{ ${many} }`)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });
});
