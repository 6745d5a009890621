import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../graphql/auth';
import { afterWrite, Context } from '../../graphql/context';
import { Audited } from '../audit/audit.middleware';
import { BulkExportFormat, ExportScopeInput } from './interchange.input';
import { interchangeService } from './interchange.service';
import { ExportFile, ImportStixResult } from './interchange.type';

const SCOPE = { nullable: true, description: 'Which stories; none: every story' } as const;

@Resolver()
export class InterchangeResolver {
  @Query(() => GraphQLJSONObject, { description: "A STIX 2.1 bundle of the stories with their provenance, as far as the caller's clearance reaches" })
  exportStix(@Arg('scope', () => ExportScopeInput, SCOPE) scope: ExportScopeInput | undefined, @Ctx() ctx: Context) {
    return interchangeService.exportStix(ctx.executor, ctx.identity, scope ?? {});
  }

  @Query(() => String, { description: 'The same subgraph as GraphML (Gephi, yEd, networkx)' })
  exportGraphML(@Arg('scope', () => ExportScopeInput, SCOPE) scope: ExportScopeInput | undefined, @Ctx() ctx: Context) {
    return interchangeService.exportGraphml(ctx.executor, ctx.identity, scope ?? {});
  }

  @Query(() => [ExportFile], { description: 'The same subgraph as one file per node label and per relationship type' })
  exportBulk(
    @Arg('format', () => BulkExportFormat, { description: 'JSON Lines or CSV' }) format: BulkExportFormat,
    @Arg('scope', () => ExportScopeInput, SCOPE) scope: ExportScopeInput | undefined,
    @Ctx() ctx: Context,
  ) {
    return interchangeService.exportBulk(ctx.executor, ctx.identity, scope ?? {}, format);
  }

  @Authorized(Role.editor)
  @Audited()
  @Mutation(() => ImportStixResult, {
    description: 'Imports a STIX 2.1 bundle in one transaction (reports become stories through the ingest path); idempotent; a bad object fails the bundle',
  })
  importStix(@Arg('bundle', () => GraphQLJSONObject, { description: 'A STIX 2.1 bundle, as JSON' }) bundle: Record<string, unknown>, @Ctx() ctx: Context) {
    return afterWrite(ctx, interchangeService.importStix(ctx.executor, bundle, ctx.feed));
  }
}
