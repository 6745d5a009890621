import { GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { directFieldResolvers } from '../../../src/graphql/direct-resolvers';
import { buildAppSchema, RESOLVERS } from '../../../src/graphql/schema';

/** Field resolvers that type-graphql would only call get a direct call (direct-resolvers.ts); the rest keep its wrapper. */
describe('direct field resolvers', () => {
  let schema: GraphQLSchema;
  let direct: string[];
  beforeAll(async () => {
    schema = await buildAppSchema();
    direct = directFieldResolvers(schema, RESOLVERS);
  });
  const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name];
  const info = {} as GraphQLResolveInfo;

  it('calls the method with the parent as given and the context', async () => {
    expect(direct).toEqual(expect.arrayContaining(['Source.publisher', 'Claim.story', 'Story.topics', 'Citation.source', 'Country.countries']));
    const asked: string[] = [];
    const ctx = { loaders: { publisherOfSource: { load: async (id: string) => (asked.push(id), { name: 'AP' }) } } };
    await expect(field('Source', 'publisher').resolve!({ id: 'source:b' }, {}, ctx, info)).resolves.toEqual({ name: 'AP' });
    expect(asked).toEqual(['source:b']);
  });

  it('leaves every field resolver with arguments, roles or middlewares to type-graphql', () => {
    const storage = getMetadataStorage();
    const kept = storage.fieldResolvers
      .filter((r) => r.kind === 'external' && (r.roles !== undefined || r.middlewares?.length || r.params?.some((p) => p.kind === 'arg' || p.kind === 'args')))
      .map((r) => `${r.getObjectType?.()?.name}.${r.schemaName}`);
    expect(kept).toEqual(expect.arrayContaining(['Analytics.leaderboard', 'Analytics.timeline']));
    for (const name of kept) expect(direct).not.toContain(name);
    expect(direct).not.toContain('Entity.claims');
    expect(direct.some((name) => name.endsWith('.claims') && name !== 'Source.claims' && name !== 'Story.claims')).toBe(false);
  });

  it('passes a wrong parent through unchanged, as @Parent() does (no class instance is made)', () => {
    const parent = { id: 'grade:a', grade: 'A' };
    const meaning = field('SourceGrade', 'meaning').resolve!(parent, {}, {}, info);
    expect(typeof meaning).toBe('string');
    expect(parent).toEqual({ id: 'grade:a', grade: 'A' });
  });
});
