import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../graphql/auth';
import { afterWrite, Context } from '../../graphql/context';
import { Audited } from '../audit/audit.middleware';
import { Tlp } from '../shared/tlp';
import { markingService } from './marking.service';
import { MarkedNode } from './marking.type';

@Resolver(() => MarkedNode)
export class MarkingResolver {
  @Authorized(Role.admin)
  @Audited()
  @Mutation(() => MarkedNode, {
    description:
      "Sets the TLP marking of a story, source or claim (higher or lower) and recomputes the effective marking of everything it passes to (a story's claims, sources derived from a source, claims citing them) in one transaction. Ingest never changes it afterwards. NOT_FOUND for an unknown id",
  })
  setMarking(
    @Arg('id', () => ID, { description: 'Id of a story, source or claim' }) id: string,
    @Arg('marking', () => Tlp, { description: 'The TLP marking to set' }) marking: Tlp,
    @Ctx() ctx: Context,
  ) {
    return afterWrite(ctx, markingService.set(ctx.executor, id, marking, ctx.identity));
  }
}
