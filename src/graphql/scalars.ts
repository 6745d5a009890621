import { GraphQLScalarType } from 'graphql';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';

/**
 * graphql-scalars' Date and DateTime, by name, description and validation, but keeping the wire
 * format clients already read: repositories hand out ISO strings ("2025-12-08",
 * "2025-12-08T10:15:30.123Z") and they go out unchanged, never re-rendered through a JS Date.
 */
export const DateScalar = new GraphQLScalarType({
  ...GraphQLDate.toConfig(),
  serialize(value) {
    GraphQLDate.serialize(value); // throws on anything that is not a calendar date
    return value instanceof Date ? value.toISOString().slice(0, 10) : value;
  },
  // Inputs stay strings: the services compare and store "YYYY-MM-DD" strings.
  parseValue(value) {
    GraphQLDate.parseValue(value);
    return value;
  },
  parseLiteral(ast, variables) {
    GraphQLDate.parseLiteral(ast, variables);
    return (ast as { value: string }).value;
  },
});

export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTime.toConfig(),
  serialize(value) {
    const date = GraphQLDateTime.serialize(value) as Date; // throws on anything that is not a date-time
    return typeof value === 'string' ? value : date.toISOString();
  },
});
