import neo4j, { Integer, isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isTime, Node, Relationship } from 'neo4j-driver';

/**
 * Turns driver values into plain JS: Integer -> number, temporals -> ISO strings,
 * nodes/relationships -> their properties. Repositories call this on every record
 * so nothing above them ever sees a driver type.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (isInt(value)) return toNumber(value as Integer);
  if (typeof value === 'bigint') return Number(value);
  if (isDate(value)) return value.toString();
  if (isDateTime(value) || isLocalDateTime(value)) return dateTimeToIso(value);
  if (isTime(value) || isLocalTime(value) || isDuration(value)) return value.toString();
  if (value instanceof neo4j.types.Node) return toPlain((value as Node).properties);
  if (value instanceof neo4j.types.Relationship) return toPlain((value as Relationship).properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(inner);
    return out;
  }
  return value;
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
