import { MiddlewareFn, UseMiddleware } from 'type-graphql';
import { Context } from '../../graphql/context';
import { auditService } from './audit.service';

/**
 * A successful mutation leaves an AuditEntry. type-graphql runs the @Authorized check before this,
 * and a refused or failed mutation (FORBIDDEN, BAD_USER_INPUT, NOT_FOUND) throws before the entry
 * is written, so it leaves none. The entry is written right after the mutation's own transaction,
 * not inside it: should that second write fail, the client gets an error and may retry (writes
 * are idempotent). Per mutation rather than global, because a global middleware would wrap every
 * field of every response.
 */
const auditMutation: MiddlewareFn<Context> = async ({ context, info }, next) => {
  const result: unknown = await next();
  await auditService.record(context, info.fieldName, result);
  return result;
};

/** On every @Mutation, next to its @Authorized: `tests/integration/auth` checks each one leaves an entry. */
export const Audited = () => UseMiddleware(auditMutation);
