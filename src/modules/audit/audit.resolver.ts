import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, Info, Query, Resolver } from 'type-graphql';
import { Role } from '../../graphql/auth';
import { Context } from '../../graphql/context';
import { selectionOf } from '../shared/selection';
import { auditService } from './audit.service';
import { AuditEntry, AuditEntryConnection, AuditLogArgs } from './audit.type';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.admin)
  @Query(() => AuditEntryConnection, { description: 'Every successful write, newest first (admins only)' })
  auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return auditService.list(ctx, args, 'totalCount' in selectionOf(info));
  }
}
