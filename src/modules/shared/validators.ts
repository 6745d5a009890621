import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { isCountryCode } from '../entity/countries';

const isCode = (value: unknown): boolean => typeof value === 'string' && isCountryCode(value);

/** An assigned ISO 3166-1 alpha-2 code ("MX"), not just two letters. */
export function IsCountryCode(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isCountryCode',
      target: object.constructor,
      propertyName,
      // class-validator fills "$value" only for scalars: a list checked with `each` names its first bad code itself.
      options: {
        message: ({ property, value }: ValidationArguments) =>
          `${property} must be an ISO 3166-1 alpha-2 country code such as "MX" (got "${String(Array.isArray(value) ? value.find((v) => !isCode(v)) : value)}")`,
        ...options,
      },
      validator: { validate: isCode },
    });
}

/** A calendar date "YYYY-MM-DD" that exists. */
export function IsCalendarDate(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: object.constructor,
      propertyName,
      options: { message: '$property must be a date YYYY-MM-DD (got "$value")', ...options },
      validator: { validate: isCalendarDate },
    });
}

export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** "2024", "2024-03" or "2024-03-15": how precisely a data point is dated. */
export function IsPartialDate(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isPartialDate',
      target: object.constructor,
      propertyName,
      options: { message: '$property must be YYYY, YYYY-MM or YYYY-MM-DD (got "$value")', ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && (/^\d{4}$/.test(value) || /^\d{4}-(0[1-9]|1[0-2])$/.test(value) || isCalendarDate(value)),
      },
    });
}

export const LIMITS = {
  title: 300,
  summary: 10000,
  text: 2000,
  name: 200,
  claimsPerStory: 200,
  entitiesPerStory: 200,
  sourcesPerStory: 100,
  listItems: 20,
  url: 2048,
} as const;

export const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

/** Some character that is not whitespace: "   " is as empty as "" (and would slug to the same id as every other blank). */
export function IsNotBlank(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotBlank',
      target: object.constructor,
      propertyName,
      options: { message: '$property must not be blank', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && /\S/.test(value) },
    });
}

/** Control characters (C0, DEL, C1): NUL and friends break exports, logs and full-text search. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** The same, but line feeds and tabs pass: long text has paragraphs. */
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export function hasControlCharacters(value: string, options: { multiline?: boolean } = {}): boolean {
  return (options.multiline ? CONTROL_BUT_LAYOUT : CONTROL).test(value);
}

/**
 * Text without control characters. Single-line text (names, titles, ids) allows none; `multiline`
 * text (summaries, claim texts, quotes, notes) allows line feeds and tabs.
 */
export function IsCleanText(options: ValidationOptions & { multiline?: boolean } = {}) {
  const { multiline, ...validation } = options;
  const allowed = multiline ? ' (line feeds and tabs are fine)' : '';
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isCleanText',
      target: object.constructor,
      propertyName,
      options: { message: `$property must not contain control characters such as NUL${allowed}`, ...validation },
      validator: { validate: (value: unknown) => typeof value !== 'string' || !hasControlCharacters(value, { multiline }) },
    });
}
