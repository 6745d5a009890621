import neo4j, { Integer, isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isTime, Node, Relationship } from 'neo4j-driver';

/**
 * Turns driver values into plain JS: Integer -> number, temporals -> ISO strings,
 * nodes/relationships -> their properties. Repositories call this on every record
 * so nothing above them ever sees a driver type.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most of a result: they need none of the checks below.
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (Array.isArray(value)) return value.map(toPlain);
  // Cypher maps arrive as plain objects; driver types (Integer, temporals, nodes) have prototypes of their own.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (isInt(value)) return toNumber(value as Integer);
  if (isDate(value)) return value.toString();
  if (isDateTime(value) || isLocalDateTime(value)) return dateTimeToIso(value);
  if (isTime(value) || isLocalTime(value) || isDuration(value)) return value.toString();
  if (value instanceof neo4j.types.Node) return toPlain((value as Node).properties);
  if (value instanceof neo4j.types.Relationship) return toPlain((value as Relationship).properties);
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = toPlain(value[key]);
  return out;
}

function toNumber(value: Integer): number {
  if (!neo4j.integer.inSafeRange(value)) throw new RangeError(`Neo4j integer ${value.toString()} exceeds JS safe range`);
  return value.toNumber();
}

function dateTimeToIso(value: { toString(): string; timeZoneOffsetSeconds?: number | Integer }): string {
  // Driver DateTime strings carry nanoseconds and zone ids; clients want plain ISO 8601 UTC.
  const parsed = new Date(value.toString().replace(/\[.*\]$/, ''));
  return Number.isNaN(parsed.getTime()) ? value.toString() : parsed.toISOString();
}

/** Converts a whole record to a plain object keyed by its column names. */
export function recordToPlain<T>(record: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }): T {
  const out: Record<string, unknown> = {};
  for (const key of record.keys) out[String(key)] = toPlain(record.get(key));
  return out as T;
}
