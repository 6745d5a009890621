import { getMetadataStorage } from 'type-graphql';
import { buildAppSchema } from '../../../src/graphql/schema';

/**
 * Object types are declared with `simpleResolvers: true`: their plain fields use graphql-js's
 * default resolver instead of a type-graphql wrapper per field and row. type-graphql then ignores
 * an `@Authorized` or `@UseMiddleware` put on such a field, so none may carry one: a rule that
 * needs a role goes on a `@FieldResolver` (which keeps its checks) instead.
 */
describe('simple resolvers on object types', () => {
  it('no plain field of a simpleResolvers type carries roles or middlewares that would be skipped', async () => {
    await buildAppSchema();
    const storage = getMetadataStorage();
    const simple = new Set(storage.objectTypes.filter((t) => t.simpleResolvers).map((t) => t.target));
    const resolved = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name}.${r.methodName}`));
    const skipped = storage.fields
      .filter((f) => simple.has(f.target) && !resolved.has(`${f.target.name}.${f.name}`))
      .filter((f) => (f.roles?.length ?? 0) > 0 || (f.middlewares?.length ?? 0) > 0)
      .map((f) => `${f.target.name}.${f.name}`);
    expect(skipped).toEqual([]);
  });

  it('every object type of the schema is declared simple (a new type without the option pays a wrapper per field)', async () => {
    await buildAppSchema();
    const notSimple = getMetadataStorage()
      .objectTypes.filter((t) => !t.simpleResolvers)
      .map((t) => t.name);
    expect(notSimple).toEqual([]);
  });

  it('plain fields resolve through graphql-js default resolver, field resolvers keep theirs', async () => {
    const schema = await buildAppSchema();
    const story = schema.getType('Story') as import('graphql').GraphQLObjectType;
    expect(story.getFields().title.resolve).toBeUndefined();
    expect(story.getFields().claims.resolve).toEqual(expect.any(Function));
  });
});
