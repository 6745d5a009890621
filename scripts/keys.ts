import 'reflect-metadata';
import os from 'node:os';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ConfigError } from '../src/config/env';
import { Executor } from '../src/db/executor';
import { withDatabase } from '../src/db/with-database';
import { AppError } from '../src/errors/app-error';
import { validationProblems } from '../src/graphql/errors';
import { AuditRepository } from '../src/modules/audit/audit.repository';
import { touchedIds } from '../src/modules/audit/audit.service';
import { CreateApiKeyInput } from '../src/modules/identity/api-key.input';
import { apiKeyService } from '../src/modules/identity/api-key.service';
import { ApiKey } from '../src/modules/identity/api-key.type';
import { Role, ROLES } from '../src/modules/identity/identity.roles';
import { Identity } from '../src/modules/identity/identity.type';
import { parseTlp, Tlp } from '../src/modules/shared/tlp';

const USAGE = `usage: npm run keys -- create --role <${ROLES.join('|')}> --clearance <CLEAR|GREEN|AMBER|AMBER+STRICT|RED> --name <who uses it>
       npm run keys -- list [--json]
       npm run keys -- revoke <id>
  create prints the key once (only its hash is kept); revoke refuses the key from the next request on.`;

class UsageError extends Error {}

/** The CLI acts as the person at the terminal; its writes are audited like mutations. */
const CLI_IDENTITY: Identity = { id: 'cli', kind: 'system', name: `cli (${os.userInfo().username})`, role: Role.admin, clearance: Tlp.RED };

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

async function createInput(args: string[]): Promise<CreateApiKeyInput> {
  const known = ['--role', '--name', '--clearance'];
  const unknown = args.filter((a, i) => a.startsWith('--') && !known.includes(a) && !known.includes(args[i - 1]));
  if (unknown.length) throw new UsageError(`unknown option ${unknown.join(', ')}`);
  const clearance = option(args, '--clearance') ?? '';
  const input = plainToInstance(CreateApiKeyInput, {
    name: option(args, '--name') ?? '',
    role: option(args, '--role') ?? '',
    clearance: parseTlp(clearance) ?? clearance,
  });
  const problems = validationProblems(await validate(input), '');
  if (problems.length) throw new UsageError(problems.map((p) => `--${p.field}: ${p.reason}`).join('\n'));
  return input;
}

const line = (k: ApiKey) =>
  `${k.id}  ${k.role.padEnd(7)}  ${k.clearance.padEnd(12)}  ${k.revokedAt ? `revoked ${k.revokedAt}` : 'active'}  created ${k.createdAt} by ${k.createdBy}  ${k.name}`;

/** Everything wrong with the command line is found before connecting (which may start Neo4j). */
async function checkArgs(command: string, args: string[]): Promise<CreateApiKeyInput | undefined> {
  if (command === 'create') return createInput(args);
  if (command === 'revoke' && args.length !== 1) throw new UsageError('revoke takes one key id (see npm run keys -- list)');
  if (command === 'list' && args.some((a) => a !== '--json')) throw new UsageError(`unknown argument ${args.find((a) => a !== '--json')}`);
  return undefined;
}

async function run(executor: Executor, command: string, args: string[], input: CreateApiKeyInput | undefined): Promise<void> {
  const audit = new AuditRepository(executor);
  if (command === 'create' && input) {
    const created = await apiKeyService.create(executor, input, CLI_IDENTITY.id);
    await audit.record(CLI_IDENTITY, 'createApiKey', touchedIds(created));
    console.error(
      `created key ${created.apiKey.id} (${created.apiKey.role}, clearance ${created.apiKey.clearance}, "${created.apiKey.name}"); it is shown only now:`,
    );
    console.log(created.key);
  } else if (command === 'list') {
    const keys = await apiKeyService.list(executor);
    if (args.includes('--json')) console.log(JSON.stringify(keys, null, 2));
    else console.log(keys.length ? keys.map(line).join('\n') : 'no API keys');
  } else if (command === 'revoke') {
    const revoked = await apiKeyService.revoke(executor, args[0]);
    await audit.record(CLI_IDENTITY, 'revokeApiKey', touchedIds(revoked));
    console.log(`revoked ${line(revoked)}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help') {
    console.error(USAGE);
    return command ? 0 : 64;
  }
  if (!['create', 'list', 'revoke'].includes(command)) {
    console.error(`unknown command "${command}"\n${USAGE}`);
    return 64;
  }
  let input: CreateApiKeyInput | undefined;
  try {
    input = await checkArgs(command, args);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`${err.message}\n${USAGE}`);
    return 64;
  }
  try {
    await withDatabase((executor) => run(executor, command, args, input));
    return 0;
  } catch (err) {
    if (err instanceof AppError && err.extensions.code === 'NOT_FOUND') {
      console.error(`keys: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof ConfigError ? `keys: configuration error: ${err.message}` : `keys failed: ${(err as Error).message}`);
    process.exit(err instanceof ConfigError ? 78 : 1);
  },
);
