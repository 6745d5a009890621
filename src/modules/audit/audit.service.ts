import { Context } from '../../graphql/context';
import { decodeCursor, toConnection } from '../shared/connection';
import { AuditRepository } from './audit.repository';
import { AuditLogArgs } from './audit.type';

/** At most this many ids per entry: an ingest returns one story, a grade a handful of ids. */
const MAX_IDS = 50;

/**
 * The ids in a mutation's result: string values of `id` and `…Id` fields, two levels deep
 * ({story: {id}} of an ingest, {id, claimId, sourceId} of a grade, {from: {id}, to: {id}} of a link).
 * Never other fields: createApiKey's result carries the key itself, which must not be kept.
 */
export function touchedIds(value: unknown, depth = 2): string[] {
  if (!value || typeof value !== 'object' || depth < 0) return [];
  const out: string[] = [];
  for (const [field, inner] of Object.entries(value as Record<string, unknown>)) {
    if (typeof inner === 'string' && (field === 'id' || /Id$/.test(field))) out.push(inner);
    else if (inner && typeof inner === 'object' && !Array.isArray(inner)) out.push(...touchedIds(inner, depth - 1));
  }
  return [...new Set(out)].slice(0, MAX_IDS);
}

export const auditService = {
  record: (ctx: Context, mutation: string, result: unknown) => new AuditRepository(ctx.executor).record(ctx.identity, mutation, touchedIds(result)),

  async list(ctx: Context, args: AuditLogArgs, withTotal: boolean) {
    return toConnection(await new AuditRepository(ctx.executor).page(decodeCursor(args.after), args.first, withTotal));
  },
};
