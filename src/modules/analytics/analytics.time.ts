import { registerDecorator, ValidationOptions } from 'class-validator';
import { registerEnumType } from 'type-graphql';
import { isCalendarDate } from '../shared/validators';

/**
 * Dashboards send time in many shapes: "2025-12-08", "2025-12-08T10:15:30Z" (Grafana's
 * `${__from:date:iso}`), "1765188930000" (epoch milliseconds, Grafana's `${__from}`), and the
 * timeline's months "2025-12". Each is an instant; stories are dated by day, so an instant counts
 * as its UTC day.
 */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
// Five digits or more: a four-digit string is a year, never 1970 plus a few seconds.
const EPOCH_MS = /^\d{5,16}$/;

export const INSTANT_FORMS = 'a date YYYY-MM-DD, a month YYYY-MM (its first day), an ISO 8601 date-time with a zone, or epoch milliseconds as digits';

/** The UTC day ("YYYY-MM-DD") of an instant in any accepted form, or null when it is none. */
export function instantDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (isCalendarDate(value)) return value;
  if (MONTH.test(value)) return `${value}-01`;
  let ms: number;
  if (EPOCH_MS.test(value)) ms = Number(value);
  else {
    const match = DATE_TIME.exec(value);
    if (!match || !isCalendarDate(match[1])) return null;
    // Date keeps milliseconds: finer fractions cannot change the day.
    ms = Date.parse(value.replace(/(\.\d{3})\d+/, '$1'));
  }
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

export function IsInstant(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isInstant',
      target: object.constructor,
      propertyName,
      options: { message: `$property must be ${INSTANT_FORMS} (got "$value")`, ...options },
      validator: { validate: (value: unknown) => instantDay(value) !== null },
    });
}

export enum TimeBucket {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(TimeBucket, {
  name: 'TimeBucket',
  description: 'How long one point of a timeline is (UTC days)',
  valuesConfig: {
    DAY: { description: 'One calendar day' },
    WEEK: { description: 'An ISO week, Monday to Sunday' },
    MONTH: { description: 'A calendar month' },
  },
});

/** Most points one timeline may have, per bucket. */
export const MAX_BUCKETS: Readonly<Record<TimeBucket, number>> = { DAY: 732, WEEK: 520, MONTH: 120 };

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

/** The first day of the bucket holding `day`. */
export function bucketStart(day: string, bucket: TimeBucket): string {
  if (bucket === TimeBucket.MONTH) return `${day.slice(0, 7)}-01`;
  if (bucket === TimeBucket.WEEK) return addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
  return day;
}

/** The first day of the next bucket. */
export function nextBucket(start: string, bucket: TimeBucket): string {
  if (bucket === TimeBucket.DAY) return addDays(start, 1);
  if (bucket === TimeBucket.WEEK) return addDays(start, 7);
  const [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  return month === 12 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${start.slice(0, 5)}${String(month + 1).padStart(2, '0')}-01`;
}

export const dayBefore = (day: string) => addDays(day, -1);

/** The starts of every bucket from the one holding `from` to the one holding `to`; null past `max` buckets. */
export function bucketStarts(from: string, to: string, bucket: TimeBucket, max = MAX_BUCKETS[bucket]): string[] | null {
  const starts: string[] = [];
  const last = bucketStart(to, bucket);
  for (let start = bucketStart(from, bucket); start <= last; start = nextBucket(start, bucket)) {
    if (starts.length === max) return null;
    starts.push(start);
  }
  return starts;
}
