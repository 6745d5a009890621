import { Executor } from '../../db/executor';
import { AppError, badInput, FieldProblem } from '../../errors/app-error';
import { clearanceRank, Identity } from '../identity/identity.type';
import { EntityType } from '../shared/enums';
import { IngestCounts } from '../story/ingest-result.type';
import { buildWritePlan, entityKeys, WritePlan } from '../story/story.plan';
import { StoryInput } from '../story/story.input';
import { FeedPublisher } from '../feed/feed.events';
import { announceIngested, validateStoryInput } from '../story/story.service';
import { StoryWriteRepository } from '../story/story.write.repository';
import { BulkFile, BulkFormat, graphToBulk } from './bulk';
import { graphToGraphml } from './graphml';
import { ExportScope, Subgraph } from './interchange.graph';
import { InterchangeRepository } from './interchange.repository';
import { graphToStix } from './stix/graph-to-stix';
import { fieldOrigin, StixImportPlan, stixToGraph, StoryFromStix } from './stix/stix-to-graph';
import { StixBundle, StixObject } from './stix/stix.types';

export interface ImportSummary {
  bundleId: string;
  storyIds: string[];
  created: IngestCounts;
  reused: IngestCounts;
  grades: number;
  links: number;
  skipped: { type: string; count: number }[];
}

export const noCounts = (): IngestCounts => ({ stories: 0, claims: 0, sources: 0, entities: 0 });
export const addCounts = (a: IngestCounts, b: IngestCounts): IngestCounts => ({
  stories: a.stories + b.stories,
  claims: a.claims + b.claims,
  sources: a.sources + b.sources,
  entities: a.entities + b.entities,
});

/** A story error (bad field, conflicting id) renamed after the bundle object it came from. */
function located(err: unknown, story: StoryFromStix, objects: StixObject[]): FieldProblem[] {
  if (!(err instanceof AppError) || !['BAD_USER_INPUT', 'CONFLICT'].includes(String(err.extensions.code))) throw err;
  const fields = (err.extensions.fields as FieldProblem[] | undefined) ?? [{ field: 'input', reason: err.message }];
  return fields.map((f) => {
    const { at, path } = fieldOrigin(story, f.field);
    return { field: `objects[${at}]`, reason: `${objects[at].id}: ${path}: ${f.reason}` };
  });
}

/**
 * Plans every story of the bundle as ingest would (validation, alias resolution of entities that
 * carry no id, the write plan), or throws one BAD_USER_INPUT naming every bad object.
 */
async function planStories(executor: Executor, plan: StixImportPlan, objects: StixObject[]): Promise<WritePlan[]> {
  const problems: FieldProblem[] = [];
  const inputs: (StoryInput | undefined)[] = [];
  for (const story of plan.stories) {
    inputs.push(
      await validateStoryInput(story.input).catch((err: unknown) => {
        problems.push(...located(err, story, objects));
        return undefined;
      }),
    );
  }
  if (problems.length) throw badInput(problems);
  const candidates = (inputs as StoryInput[]).flatMap((input, at) =>
    input.entities.flatMap((e, entity) => (e.type === EntityType.COUNTRY || e.id ? [] : [{ at, entity, type: e.type, keys: entityKeys(e) }])),
  );
  const found = await new StoryWriteRepository(executor).resolveAliases(candidates.map((c, index) => ({ index, type: c.type, keys: c.keys })));
  const plans = (inputs as StoryInput[]).flatMap((input, at) => {
    const existing = new Map(candidates.flatMap((c, index) => (c.at === at && found.has(index) ? [[c.entity, found.get(index)!] as const] : [])));
    try {
      return [buildWritePlan(input, existing)];
    } catch (err) {
      problems.push(...located(err, plan.stories[at], objects));
      return [];
    }
  });
  const owner = new Map<string, number>();
  plans.forEach((p, at) =>
    [p.story.id, ...p.claims.map((c) => c.id)].forEach((id) => {
      if (owner.has(id)) problems.push(...located(badInput([{ field: 'input', reason: `${id} is also in another report` }]), plan.stories[at], objects));
      owner.set(id, at);
    }),
  );
  if (problems.length) throw badInput(problems);
  await refusePruning(executor, plan, plans, objects);
  return plans;
}

/**
 * A story exported without claims or sources above the exporter's clearance would lose them here:
 * writing a story prunes what its new version lacks. Such a story (x_storygraph_partial) is refused
 * when the graph holds more of it than the bundle, naming what would go; into a graph without it, it
 * imports as given.
 */
async function refusePruning(executor: Executor, plan: StixImportPlan, plans: WritePlan[], objects: StixObject[]): Promise<void> {
  const partial = plans.map((p, at) => ({ p, at })).filter(({ at }) => plan.stories[at].partial);
  const inGraph = new Map((await new InterchangeRepository(executor).storyContents(partial.map(({ p }) => p.story.id))).map((s) => [s.id, s]));
  const problems = partial.flatMap(({ p, at }) => {
    const had = inGraph.get(p.story.id);
    if (!had) return [];
    const keeps = new Set([...p.claims.map((c) => c.id), ...p.claims.flatMap((c) => c.citations.map((ct) => `${c.id} cites ${ct.sourceId}`)), ...p.basedOn]);
    const lost = [...had.claims, ...had.citations, ...had.basedOn].filter((x) => !keeps.has(x));
    if (!lost.length) return [];
    const reason = `was exported without parts above the exporter's clearance; importing it would remove ${lost.slice(0, 5).join(', ')}${lost.length > 5 ? ' …' : ''} from this graph`;
    return located(badInput([{ field: 'input', reason }]), plan.stories[at], objects);
  });
  if (problems.length) throw badInput(problems);
}

export const interchangeService = {
  /** The stories of the scope with their provenance, as far as the identity's clearance reaches. */
  subgraph: (executor: Executor, identity: Identity, scope: ExportScope): Promise<Subgraph> =>
    new InterchangeRepository(executor).readSubgraph(scope, clearanceRank(identity)),

  exportStix: async (executor: Executor, identity: Identity, scope: ExportScope): Promise<StixBundle> =>
    graphToStix(await interchangeService.subgraph(executor, identity, scope)),

  exportGraphml: async (executor: Executor, identity: Identity, scope: ExportScope): Promise<string> =>
    graphToGraphml(await interchangeService.subgraph(executor, identity, scope)),

  exportBulk: async (executor: Executor, identity: Identity, scope: ExportScope, format: BulkFormat): Promise<BulkFile[]> =>
    graphToBulk(await interchangeService.subgraph(executor, identity, scope), format),

  /**
   * A STIX 2.1 bundle in ONE transaction: each story report (with its notes, identities, locations and
   * source reports) through the story write path, then grades, claim links, markings and timestamps.
   * A bad object fails the whole bundle, naming it; importing the same bundle again changes nothing.
   * Stories that created something are announced on the live feed, as ingest announces them.
   */
  async importStix(executor: Executor, bundle: unknown, feed?: FeedPublisher): Promise<ImportSummary> {
    const plan = stixToGraph(bundle);
    const objects = (bundle as StixBundle).objects;
    const plans = await planStories(executor, plan, objects);
    let counts;
    try {
      counts = await new InterchangeRepository(executor).writeImport(plans, plan.extras);
    } catch (err) {
      if (err instanceof AppError && err.extensions.code === 'BAD_USER_INPUT') throw badInput([{ field: 'bundle', reason: err.message }]);
      throw err;
    }
    if (feed) announceIngested(feed, plans, counts);
    return {
      bundleId: String((bundle as StixBundle).id ?? ''),
      storyIds: plans.map((p) => p.story.id),
      created: counts.map((c) => c.created).reduce(addCounts, noCounts()),
      reused: counts.map((c) => c.reused).reduce(addCounts, noCounts()),
      grades: plan.extras.sourceGrades.length + plan.extras.citationGrades.length,
      links: plan.extras.links.length,
      skipped: Object.entries(plan.skipped).map(([type, count]) => ({ type, count })),
    };
  },
};
