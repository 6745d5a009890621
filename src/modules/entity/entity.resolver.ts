import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../../graphql/context';
import { badInput, notFound } from '../../errors/app-error';
import { ClaimConnection } from '../claim/claim.type';
import { decodeCursor, toConnection } from '../shared/connection';
import { StoryConnection } from '../story/story.type';
import { isCountryCode } from './countries';
import { EntitiesArgs, EntityPageArgs } from './entity.filter';
import { EntityRepository } from './entity.repository';
import { Country, CountryTie, Entity, EntityConnection, EntityRecord, Person, Role } from './entity.type';

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { description: 'Any entity by id, e.g. "country:MX" or "agency:us-cia"' })
  async entity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return (await ctx.loaders.entityById.load(id)) ?? Promise.reject(notFound('Entity', id));
  }

  @Query(() => EntityConnection, { description: 'Entities by type, name or alias, and country' })
  async entities(@Args() args: EntitiesArgs, @Ctx() ctx: Context) {
    return toConnection(await new EntityRepository(ctx.executor).page(args.filter, decodeCursor(args.after), args.first));
  }

  @Query(() => Country, { description: 'A country by ISO 3166-1 alpha-2 code' })
  async country(@Arg('code') code: string, @Ctx() ctx: Context) {
    const normalized = code.toUpperCase();
    if (!isCountryCode(normalized)) throw badInput([{ field: 'code', reason: `must be an ISO 3166-1 alpha-2 country code (got "${code}")` }]);
    return (await new EntityRepository(ctx.executor).countryByCode(normalized)) ?? Promise.reject(notFound('Country', normalized));
  }

  @FieldResolver(() => ClaimConnection, { description: 'Claims about it; for a country, also claims about what is tied to it' })
  async claims(@Root() entity: EntityRecord, @Args() args: EntityPageArgs, @Ctx() ctx: Context) {
    return toConnection(await ctx.loaders.claimsAboutEntity(decodeCursor(args.after), args.first).load(entity.id));
  }

  @FieldResolver(() => StoryConnection, { description: 'Stories that mention it' })
  async stories(@Root() entity: EntityRecord, @Args() args: EntityPageArgs, @Ctx() ctx: Context) {
    return toConnection(await ctx.loaders.storiesMentioningEntity(decodeCursor(args.after), args.first).load(entity.id));
  }

  @FieldResolver(() => [CountryTie], { description: 'Countries it belongs to, represents or is located in' })
  countries(@Root() entity: EntityRecord, @Ctx() ctx: Context) {
    return ctx.loaders.countryTiesOfEntity.load(entity.id);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Role])
  roles(@Root() person: EntityRecord, @Ctx() ctx: Context) {
    return ctx.loaders.rolesOfPerson.load(person.id);
  }
}
