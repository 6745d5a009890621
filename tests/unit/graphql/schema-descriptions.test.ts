import { GraphQLNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, isUnionType, isScalarType } from 'graphql';
import { buildAppSchema } from '../../../src/graphql/schema';

/** Every type, field, argument, input field and enum value the schema defines, by its path. */
function undescribed(types: GraphQLNamedType[]): string[] {
  const missing: string[] = [];
  for (const type of types) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (!type.description?.trim()) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
    if (isUnionType(type) && !type.getTypes().length) missing.push(`${type.name} (no members)`);
  }
  return missing;
}

describe('schema descriptions', () => {
  it('describes every type, field, argument, input field and enum value (add a description where this lists one)', async () => {
    const schema = await buildAppSchema();
    expect(undescribed(Object.values(schema.getTypeMap()))).toEqual([]);
  });

  it('notices an element without one', async () => {
    const schema = await buildAppSchema();
    const story = schema.getType('Story')!;
    const field = (story as unknown as { getFields(): Record<string, { description?: string | null }> }).getFields().title;
    const kept = field.description;
    field.description = undefined;
    try {
      expect(undescribed([story])).toEqual(['Story.title']);
    } finally {
      field.description = kept;
    }
  });
});
