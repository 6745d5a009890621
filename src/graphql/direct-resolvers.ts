import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldResolverMetadata = Storage['fieldResolvers'][number];
type Param = NonNullable<FieldResolverMetadata['params']>[number];

/**
 * Parameters a resolver receives without conversion or validation: `@Ctx()`, `@Info()` and
 * parameter decorators that read no argument (`@Parent()`). `@Arg`/`@Args` (class-validator) and
 * `@Root()` with a type (class instantiation) keep type-graphql's own path.
 */
const passedAsIs = (param: Param) => param.kind === 'context' || param.kind === 'info' || (param.kind === 'custom' && !param.options?.arg);

/** No role check and no middleware: type-graphql's wrapper would only call the method. */
function direct(resolver: FieldResolverMetadata): boolean {
  return resolver.kind === 'external' && resolver.roles === undefined && !resolver.middlewares?.length && (resolver.params ?? []).every(passedAsIs);
}

/** What type-graphql's wrapper computes per call, minus its per-call sorting of parameters and its middleware chain. */
function directResolver(resolver: FieldResolverMetadata): GraphQLFieldResolver<unknown, Record<string, unknown>> {
  const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
  const Target = resolver.target as new () => Record<string, (...args: unknown[]) => unknown>;
  // type-graphql's default container makes one instance per resolver class; resolver classes hold no state.
  let instance: Record<string, (...args: unknown[]) => unknown> | undefined;
  return (root, args, context, info) => {
    instance ??= new Target();
    const values = params.map((param) => {
      if (param.kind === 'context') return param.propertyName ? context[param.propertyName] : context;
      if (param.kind === 'info') return info;
      return (param as Extract<Param, { kind: 'custom' }>).resolver({ root, args, context, info });
    });
    const method = instance[resolver.methodName];
    // Like type-graphql: a parameter decorator that answers with a promise is awaited first.
    if (values.some((value) => typeof (value as PromiseLike<unknown> | undefined)?.then === 'function')) {
      const target = instance;
      return Promise.all(values).then((resolved) => method.apply(target, resolved));
    }
    return method.apply(instance, values);
  };
}

/**
 * Field resolvers such as `Source.publisher` run once per row: type-graphql's wrapper sorts the
 * parameter list, builds a middleware chain and allocates on every call (a tenth of a nested
 * query's allocations, bench/README.md). Where the wrapper would do nothing but call the method,
 * the field gets a direct call instead. Which method serves a field is found as type-graphql finds
 * it (schema-generator: the interfaces' fields, then the type's own, the last of a name winning).
 * Needs a schema built without global middlewares (schema.ts passes none). Returns the fields changed.
 */
export function directFieldResolvers(schema: GraphQLSchema, resolverClasses: readonly unknown[]): string[] {
  const storage = getMetadataStorage();
  const changed: string[] = [];
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const declared = [
      ...storage.interfaceTypes.filter((it) => objectType.interfaceClasses?.includes(it.target)).flatMap((it) => it.fields ?? []),
      ...(objectType.fields ?? []),
    ];
    const bySchemaName = new Map(declared.map((field) => [field.schemaName, field]));
    const fields = type.getFields();
    for (const [name, field] of bySchemaName) {
      const resolver = storage.fieldResolvers.find(
        (it) => (it.kind === 'internal' || resolverClasses.includes(it.target)) && it.getObjectType?.() === field.target && it.methodName === field.name,
      );
      if (!resolver || !direct(resolver) || !fields[name]) continue;
      fields[name].resolve = directResolver(resolver);
      changed.push(`${type.name}.${name}`);
    }
  }
  return changed;
}
