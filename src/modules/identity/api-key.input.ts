import { IsEnum, IsString, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsCleanText, IsNotBlank, LIMITS } from '../shared/validators';
import { Tlp } from '../shared/tlp';
import { Role } from './identity.roles';
import { ApiKey } from './api-key.type';

/** Shared by the createApiKey mutation and `npm run keys -- create`, so both refuse the same input. */
@InputType({ description: 'A new API key' })
export class CreateApiKeyInput implements Partial<ApiKey> {
  @Field({ description: 'Who or what uses the key, e.g. "jane (analyst desk)" or "nightly ingest"' })
  @IsString()
  @IsNotBlank()
  @IsCleanText()
  @MaxLength(LIMITS.name)
  name!: string;

  @Field(() => Role, { description: 'What the key may do' })
  @IsEnum(Role, { message: `role must be one of ${Object.values(Role).join(', ')}` })
  role!: Role;

  @Field(() => Tlp, { description: 'The highest TLP marking the key reads; nodes marked higher do not exist for it' })
  @IsEnum(Tlp, { message: `clearance must be one of ${Object.values(Tlp).join(', ')}` })
  clearance!: Tlp;
}
