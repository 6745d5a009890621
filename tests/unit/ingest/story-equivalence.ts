import { countryCodeFor } from '../../../src/modules/entity/countries';
import { EntityType } from '../../../src/modules/shared/enums';
import { foldKey } from '../../../src/modules/shared/ids';
import { EntityDraft, entityIdOf } from '../../../src/ingest/recognise/entity-drafts';
import type { StoryDraft } from '../../../src/ingest/assemble/story-draft';

/**
 * A story reduced to what must be equal for two StoryInputs to mean the same thing: arrays sorted,
 * claims' entity references resolved to entity ids, citations and basedOn resolved to sources.
 * References resolve like the API does: id, name, code, acronym or alias of a story entity (countries
 * also by their ISO names); sources by id or title.
 */
export function normalizeStory(story: StoryDraft) {
  const entityIds = story.entities.map((e) => e.id ?? entityIdOf(e));
  const entityRef = (ref: string): string => {
    const hits = new Set<string>();
    story.entities.forEach((e, i) => {
      const names = [entityIds[i], e.name, e.code, e.acronym, ...(e.aliases ?? [])].filter((n): n is string => !!n);
      if (names.some((n) => n === ref || foldKey(n) === foldKey(ref))) hits.add(entityIds[i]);
      if (e.type === EntityType.COUNTRY && e.code && countryCodeFor(ref) === e.code) hits.add(entityIds[i]);
    });
    if (hits.size !== 1) throw new Error(`entity reference "${ref}" resolves to ${hits.size} entities`);
    return [...hits][0];
  };
  const sourceRef = (ref: string): string => {
    const hits = story.sources.filter((s) => s.id === ref || foldKey(s.title) === foldKey(ref));
    if (hits.length !== 1) throw new Error(`source reference "${ref}" resolves to ${hits.length} sources`);
    return `${hits[0].title} | ${hits[0].publisher ?? ''}`;
  };
  const sorted = (values: string[] | undefined) => [...(values ?? [])].sort();
  const entity = (e: EntityDraft, id: string) => ({
    id,
    type: e.type,
    code: e.code,
    name: e.name,
    acronym: e.acronym,
    aliases: sorted(e.aliases),
    countryCode: e.countryCode,
    roles: sorted(e.roles?.map((r) => JSON.stringify([r.title, r.countryCode, r.from, r.to]))),
    ties: sorted(e.ties?.map((t) => `${t.relation} ${t.countryCode}`)),
    size: e.size,
  });

  return {
    title: story.title,
    summary: story.summary,
    publishedAt: story.publishedAt,
    topics: sorted(story.topics),
    sources: story.sources.map((s) => `${s.title} | ${s.kind} | ${s.publisher ?? ''}`).sort(),
    basedOn: story.basedOn.map(sourceRef).sort(),
    entities: story.entities.map((e, i) => entity(e, entityIds[i])).sort((a, b) => a.id.localeCompare(b.id)),
    claims: story.claims
      .map((c) => ({
        kind: c.kind,
        text: c.text,
        asOf: c.asOf,
        about: (c.about ?? []).map(entityRef).sort(),
        attributedTo: (c.attributedTo ?? []).map(entityRef).sort(),
        citations: (c.citations ?? []).map((x) => sourceRef(x.source)).sort(),
      }))
      .sort((a, b) => a.text.localeCompare(b.text)),
  };
}
