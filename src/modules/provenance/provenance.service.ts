import { notFound } from '../../errors/app-error';
import { Context, loadersAt } from '../../graphql/context';
import { Claim } from '../claim/claim.type';
import { EntityRecord } from '../entity/entity.type';
import { Source } from '../source/source.type';
import { ClaimRelation, ClaimStance } from './claim-relation.type';
import { assess } from './provenance.assessment';
import { analyseChain, ChainAnalysis } from './provenance.chain';
import { ProvenanceParts, ProvenanceRecord } from './provenance.repository';
import { Selection } from '../shared/selection';
import { viewIds } from '../shared/ids';
import { Assessment, Corroboration, Origin, Provenance } from './provenance.type';

/** Loads through per-request DataLoaders, so a list of claims costs one query per loader, not one per claim. */
async function load(ctx: Context, claimId: string, parts: ProvenanceParts, asOf?: string): Promise<{ record: ProvenanceRecord; chain: ChainAnalysis }> {
  const record = await loadersAt(ctx, asOf).provenanceOfClaim(parts).load(claimId);
  if (!record) throw notFound('Claim', claimId);
  const chain = analyseChain({
    cited: record.citations.map((c) => c.sourceId),
    sources: record.sources.map((s) => s.source.id),
    edges: record.derivations,
  });
  return { record, chain };
}

/** Sources carry the publisher read with them, so `source { publisher }` needs no further round trip. */
function sourcesById(record: ProvenanceRecord): Map<string, Source> {
  return new Map(record.sources.map((s) => [s.source.id, { ...s.source, _p: { publisher: s.publisher } } as Source]));
}

function origins(chain: ChainAnalysis, byId: Map<string, Source>): Origin[] {
  return chain.origins.map((o) => ({ source: byId.get(o.sourceId)!, inCycle: o.inCycle, via: o.via }));
}

const citedIds = (record: ProvenanceRecord) => [...new Set(record.citations.map((c) => c.sourceId))];

function linked(relations: Omit<ClaimRelation, 'id'>[], stance: ClaimStance): Claim[] {
  return [...new Map(relations.filter((r) => r.stance === stance).map((r) => [r.claim.id, r.claim])).values()];
}

/**
 * The source and publisher properties a request reads: the union of what it selects under every field
 * showing a chain source, plus what the analysis itself needs (source ids and titles to sort by; a
 * publisher's id, which its own field resolvers start from, and for corroboration's list its name to sort by).
 * Without a selection (internal callers), all of them.
 */
function chainFields(
  sources: (Selection | undefined)[],
  publishers: (Selection | undefined)[],
  publisherBase: string[],
): Pick<ProvenanceParts, 'sourceFields' | 'publisherFields'> {
  const sourceFields = new Set(['id', 'title']);
  const publisherFields = new Set(publisherBase);
  for (const source of sources) for (const field of Object.keys(source ?? {})) sourceFields.add(field);
  for (const publisher of [...publishers, ...sources.map((source) => source?.publisher)])
    for (const field of Object.keys(publisher ?? {})) publisherFields.add(field);
  return { sourceFields: [...sourceFields].sort(), publisherFields: [...publisherFields].sort() };
}

/** The claim's properties a request reads: its id (the view's id is made from it) and what it selects under `claim`. */
const claimFields = (selection: Selection) => [...new Set(['id', ...Object.keys(selection.claim ?? {})])].sort();

/** Corroboration fields that need the claim's links (withheld counts the links to claims above the caller's clearance). */
const LINK_FIELDS = ['supporting', 'contradicting', 'repeating', 'withheld'];

export const provenanceService = {
  /** Without a selection (internal callers) every part is read. `asOf`: an ISO instant (README "As-of queries"). */
  async provenance(ctx: Context, claimId: string, selection?: Selection, asOf?: string): Promise<Provenance> {
    const parts: ProvenanceParts = { grades: false, relations: false, speakers: !selection || 'speakers' in selection };
    if (selection) {
      const sourceSelections = [selection.citations?.source, selection.sources?.source, selection.origins?.source];
      const story = selection.story && [...new Set(['id', ...Object.keys(selection.story)])].sort();
      Object.assign(parts, { story: story ?? false, claimFields: claimFields(selection), ...chainFields(sourceSelections, [], ['id']) });
    }
    const { record, chain } = await load(ctx, claimId, parts, asOf);
    const byId = sourcesById(record);
    const cited = new Set(citedIds(record));
    const originIds = new Set(chain.origins.map((o) => o.sourceId));
    const sources = record.sources
      .map(({ source }) => ({
        source: byId.get(source.id)!,
        depth: chain.depth.get(source.id) ?? 0,
        cited: cited.has(source.id),
        origin: originIds.has(source.id),
        inCycle: chain.inCycle.has(source.id),
      }))
      .sort((a, b) => a.depth - b.depth || a.source.title.localeCompare(b.source.title));
    return {
      id: viewIds.provenance(record.claim.id),
      claim: record.claim,
      story: record.story,
      citations: record.citations.map(({ claimId: id, sourceId, quote }) => ({ claimId: id, sourceId, quote, _p: { source: byId.get(sourceId) } })),
      sources,
      derivations: chain.derivations,
      speakers: record.speakers,
      origins: origins(chain, byId),
      cyclic: chain.cyclic,
      maxDepth: chain.maxDepth,
      withheld: record.withheld,
    };
  },

  async corroboration(ctx: Context, claimId: string, selection?: Selection, asOf?: string): Promise<Corroboration> {
    const links = !selection || LINK_FIELDS.some((field) => field in selection);
    const parts: ProvenanceParts = { grades: false, relations: links, speakers: false };
    // The corroboration has no story field (its claim's story is read by the claim's own resolver).
    // Publishers are listed for the cited sources; an origin's only when the client asks for it.
    if (selection)
      Object.assign(parts, {
        story: false,
        claimFields: claimFields(selection),
        citedPublishersOnly: !selection.origins?.source?.publisher,
        originFieldsOnly: true,
        ...chainFields([selection.origins?.source], [selection.publishers], ['id', 'name']),
      });
    const { record, chain } = await load(ctx, claimId, parts, asOf);
    const relations = record.relations;
    const cited = new Set(citedIds(record));
    const publishers = new Map<string, EntityRecord>();
    for (const s of record.sources) if (cited.has(s.source.id) && s.publisher) publishers.set(s.publisher.id, s.publisher);
    return {
      id: viewIds.corroboration(record.claim.id),
      claim: record.claim,
      citedSources: cited.size,
      independentOrigins: chain.independentOrigins,
      origins: origins(chain, sourcesById(record)),
      circularReporting: chain.circularReporting,
      publishers: [...publishers.values()].sort((a, b) => a.name.localeCompare(b.name)),
      supporting: linked(relations, ClaimStance.SUPPORTS),
      contradicting: linked(relations, ClaimStance.CONTRADICTS),
      repeating: linked(relations, ClaimStance.REPEATS),
      withheld: record.withheld,
    };
  },

  async assessment(ctx: Context, claimId: string, asOf?: string): Promise<Assessment> {
    const { record, chain } = await load(ctx, claimId, { grades: true, relations: true, speakers: false }, asOf);
    const relations = record.relations;
    const reliability = new Map(record.sources.map((s) => [s.source.id, s.reliability?.grade ?? null]));
    return assess({
      claimId,
      citedSources: citedIds(record).map((sourceId) => ({ sourceId, reliability: reliability.get(sourceId) ?? null })),
      citations: record.citations.map((c) => ({ sourceId: c.sourceId, credibility: c.credibility?.grade ?? null })),
      chain,
      supports: linked(relations, ClaimStance.SUPPORTS).length,
      contradictions: linked(relations, ClaimStance.CONTRADICTS).length,
      repetitions: linked(relations, ClaimStance.REPEATS).length,
    });
  },
};
