import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { Context } from '../../graphql/context';
import { Tlp } from '../shared/tlp';
import { Role } from './identity.roles';
import { Identity } from './identity.type';

@ObjectType({ simpleResolvers: true, description: 'Who the server takes the caller to be' })
export class Viewer implements Identity {
  @Field({ description: 'What writes record: "key:<id>", "oidc:<sub>", "anonymous", "write-token"' }) id!: string;
  @Field(() => String, { description: 'apiKey, jwt, anonymous or writeToken' }) kind!: Identity['kind'];
  @Field({ description: 'The key name, or the token name or email' }) name!: string;
  @Field(() => Role, { description: 'What this request may do' }) role!: Role;
  @Field(() => Tlp, { description: 'The highest TLP marking this caller reads: stories, sources and claims marked higher do not exist for it' })
  clearance!: Tlp;
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { description: 'The identity of this request, its role and its clearance' })
  viewer(@Ctx() ctx: Context): Viewer {
    return ctx.identity;
  }
}
