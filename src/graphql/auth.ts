import { AuthChecker } from 'type-graphql';
import { AppError } from '../errors/app-error';
import { hasRole, highestRole, Role } from '../modules/identity/identity.roles';
import { Context } from './context';

export { Role } from '../modules/identity/identity.roles';

/**
 * `@Authorized(Role.analyst)` lets analysts, editors and admins through. Requests without valid
 * credentials never get here (the context refuses them with UNAUTHENTICATED); this one answers
 * FORBIDDEN, naming the role needed, before the resolver runs, so nothing is written.
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  const needed = highestRole(roles) ?? Role.reader;
  if (hasRole(context.identity.role, needed)) return true;
  throw new AppError('FORBIDDEN', `This operation needs the ${needed} role; ${context.identity.id} has ${context.identity.role}`);
};
