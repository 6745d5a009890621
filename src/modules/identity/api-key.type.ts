import { Field, ID, ObjectType } from 'type-graphql';
import { Tlp } from '../shared/tlp';
import { Role } from './identity.roles';
import { DateTimeScalar } from '../../graphql/scalars';

@ObjectType({ simpleResolvers: true, description: 'An API key as admins see it: never the key itself, which is shown once at creation' })
export class ApiKey {
  @Field(() => ID, { description: 'The visible part of the key: sg_<id>_…' }) id!: string;
  @Field({ description: 'Who or what uses the key' }) name!: string;
  @Field(() => Role, { description: 'What the key may do' }) role!: Role;
  @Field(() => Tlp, { description: 'The highest TLP marking the key reads' }) clearance!: Tlp;
  @Field(() => DateTimeScalar, { description: 'Server time of creation (UTC)' }) createdAt!: string;
  @Field({ description: 'The identity that created it, e.g. "key:3f9a1c07b2e4" or "cli"' }) createdBy!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was revoked; a revoked key is refused from then on' }) revokedAt!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A new key: the only time the key itself is shown' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: 'The key as admins see it from now on' }) apiKey!: ApiKey;
  @Field({ description: 'The key to send as Authorization: Bearer <key>. Shown only now: only its hash is kept' }) key!: string;
}
