import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../identity/identity.roles';
import { DateTimeScalar } from '../../graphql/scalars';
import { Connection, PageArgs } from '../shared/connection';

@ObjectType({ simpleResolvers: true, description: 'One successful write: who, when, which mutation and which ids it touched' })
export class AuditEntry {
  @Field(() => ID, { description: 'Unique id of the entry' }) id!: string;
  @Field(() => DateTimeScalar, { description: 'Server time of the write (UTC)' }) at!: string;
  @Field({ description: 'The acting identity, e.g. "key:3f9a1c07b2e4", "oidc:248289761001", "anonymous"' }) identityId!: string;
  @Field({ description: 'apiKey, jwt, anonymous, writeToken or system' }) identityKind!: string;
  @Field({ description: "The key's name or the token's email/username at the time" }) identityName!: string;
  @Field(() => Role, { description: 'The role the identity acted with' }) role!: Role;
  @Field({ description: 'The mutation, e.g. "gradeSource"' }) mutation!: string;
  @Field(() => [String], { description: 'Ids of the nodes the mutation returned (story, grade, source, claims, key)' }) ids!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A page of audit entries' })
export class AuditEntryConnection extends Connection(AuditEntry) {}

@ArgsType()
export class AuditLogArgs extends PageArgs {}
