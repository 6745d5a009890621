import { createParameterDecorator } from 'type-graphql';

/**
 * A field resolver's parent object exactly as its own resolver returned it. type-graphql's `@Root()`
 * copies the parent into a new instance of the declared class on every call (`new Story()`, delete
 * the fields the row lacks, `Object.assign` every property, prefetched lists included): once per
 * field and row, for types that are plain data anyway. Write `@Parent() story: Story` instead.
 */
export const Parent = () => createParameterDecorator(({ root }) => root);
