import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { childField, selectionOf } from '../shared/selection';
import { Context } from '../../graphql/context';
import { ClaimConnection } from '../claim/claim.type';
import { StoryConnection } from '../story/story.type';
import { EntitiesArgs, EntityPageArgs } from './entity.filter';
import { entityService } from './entity.service';
import { Country, CountryTie, Entity, EntityConnection, EntityRecord, Person, Role } from './entity.type';

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'Any entity by id, e.g. "country:MX" or "agency:us-cia"; null plus a NOT_FOUND error when unknown' })
  entity(
    @Arg('id', () => ID, { description: 'An entity id, e.g. "country:MX" or "agency:us-cia"' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return entityService.get(ctx, id, entityService.relatedPages({ claims: childField(info, 'claims'), stories: childField(info, 'stories') }));
  }

  @Query(() => EntityConnection, { description: 'Entities by type, name or alias, and country' })
  entities(@Args() args: EntitiesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return entityService.list(ctx, args, selectionOf(info));
  }

  @Query(() => Country, { nullable: true, description: 'A country by ISO 3166-1 alpha-2 code; null plus a NOT_FOUND error when no story concerns it' })
  country(@Arg('code', { description: 'ISO 3166-1 alpha-2 code, any case, e.g. "MX"' }) code: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return entityService.country(ctx, code, entityService.relatedPages({ claims: childField(info, 'claims'), stories: childField(info, 'stories') }));
  }

  @FieldResolver(() => ClaimConnection, { description: 'Claims about it; for a country, also claims about what is tied to it' })
  claims(@Parent() entity: EntityRecord, @Args() args: EntityPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return entityService.claims(ctx, entity, args, selectionOf(info));
  }

  @FieldResolver(() => StoryConnection, { description: 'Stories that mention it' })
  stories(@Parent() entity: EntityRecord, @Args() args: EntityPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return entityService.stories(ctx, entity, args, selectionOf(info));
  }

  @FieldResolver(() => [CountryTie], { description: 'Countries it belongs to, represents or is located in' })
  countries(@Parent() entity: EntityRecord, @Ctx() ctx: Context) {
    return ctx.loaders.countryTiesOfEntity.load(entity.id);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Role], { description: 'Dated roles the person held, earliest first' })
  roles(@Parent() person: EntityRecord, @Ctx() ctx: Context) {
    return ctx.loaders.rolesOfPerson.load(person.id);
  }
}
