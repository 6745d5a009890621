import { Type } from 'class-transformer';
import { ArrayMaxSize, IsNotEmpty, IsOptional, IsString, ValidateNested } from 'class-validator';
import { ClassType, Field, ID } from 'type-graphql';
import { IsCalendarDate, IsCountryCode } from './validators';

/** A property decorator of type-graphql, class-validator or class-transformer. */
type FieldDecorator = (target: object, property: string) => void;

/**
 * Argument and filter fields several inputs share, each a GraphQL field with its validation. The
 * decorators apply as if written above the property, the last first: class-validator checks (and
 * names failures) in the order they were applied, so a field reads the same as when spelled out.
 */
export function stacked(...decorators: FieldDecorator[]) {
  return (target: object, property: string) => {
    for (let i = decorators.length - 1; i >= 0; i--) decorators[i](target, property);
  };
}

/** A list criterion the row must meet for every item (at most 10 items), each item checked by `itemChecks`. */
const everyOfField = (type: () => [typeof String | typeof ID], description: string, ...itemChecks: FieldDecorator[]) =>
  stacked(Field(type, { nullable: true, description }), IsOptional(), ArrayMaxSize(10), ...itemChecks);

/** ISO country codes a row must concern (or mention), every one of them. */
export const CountryCodesField = (description: string) => everyOfField(() => [String], description, IsCountryCode({ each: true }));

/** Entity ids a row must be about (or mention), every one of them. */
export const EntityIdsField = (description: string) => everyOfField(() => [ID], description, IsString({ each: true }), IsNotEmpty({ each: true }));

/** A bound of the story publication dates a list keeps, the day itself included. */
const publishedField = (bound: 'after' | 'before') => () =>
  stacked(Field({ nullable: true, description: `Stories published on or ${bound} (YYYY-MM-DD)` }), IsOptional(), IsCalendarDate());

export const PublishedFromField = publishedField('after');
export const PublishedToField = publishedField('before');

/**
 * An optional input object (a filter, an order), validated with its own rules: class-validator only
 * sees a nested object's rules when class-transformer knows its class (`Type`).
 */
export const OptionalInputField = <T extends object>(type: () => ClassType<T>, description: string) =>
  stacked(Field(type, { nullable: true, description }), IsOptional(), ValidateNested(), Type(type));
