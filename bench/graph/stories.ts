import { COUNTRIES } from '../../src/modules/entity/countries';
import { ClaimKind } from '../../src/modules/shared/enums';
import { ids, slug } from '../../src/modules/shared/ids';
import { Random, Zipf } from './random';
import { Reference } from './reference';

/** One story's rows, shaped like the write plan of the ingest (ids from src/modules/shared/ids.ts). */
export interface StoryRows {
  story: { id: string; title: string; summary: string; publishedAt: string; url: string | null };
  topics: string[];
  mentions: string[];
  basedOn: string[];
  /** Only the sources this story introduces; it may also cite sources of earlier stories. */
  sources: { id: string; title: string; kind: string; url: string | null; publisherId: string }[];
  derivations: { from: string; to: string }[];
  claims: {
    id: string;
    text: string;
    kind: string;
    asOf: string | null;
    position: number;
    about: string[];
    attributedTo: string[];
    citations: { sourceId: string; quote: string | null }[];
  }[];
}

const VERBS = [
  'expels',
  'accuses',
  'warns',
  'sanctions',
  'arrests agents of',
  'signs a pact with',
  'protests to',
  'recalls its ambassador from',
  'opens talks with',
  'investigates',
];
const SUBJECTS = ['diplomats', 'intelligence officers', 'hackers', 'shipments', 'front companies', 'informants', 'military advisers', 'cyber operators'];
const REPORT_WORDS = ['report', 'leak', 'dossier', 'briefing', 'assessment', 'investigation'];

/** Share of stories about Russia and Mexico together, so Q1 has thousands of answers at 10k stories. */
const RU_MX_SHARE = 0.1;
/** Sources per story derive from earlier ones with these odds; only ever earlier, so chains are acyclic. */
const DERIVES = 0.22;
const RECITE = 0.1;
/** The agency Q3 asks about. */
export const LEAD_AGENCY = 'agency:us-cia';

/**
 * Deterministic story stream: story n depends only on the seed and the stories before it. Keeps
 * the recent sources (for re-citation and DERIVED_FROM) and a chain depth per source, so a
 * showcase claim with a deep provenance chain can be named without asking the database.
 */
export class StoryStream {
  private readonly recentSources: string[] = [];
  private readonly chainDepth = new Map<string, number>();
  private readonly storyIds = new Set<string>();
  private readonly sourceIds = new Set<string>();
  private readonly publisherZipf: Zipf<Reference['publishers'][number]>;
  private readonly topicZipf: Zipf<Reference['topics'][number]>;
  readonly agencyZipf: Zipf<string>;
  /** First claim citing two or more sources whose chain is at least 3 deep (provenance, corroboration). */
  showcase: { claimId: string; storyId: string } | null = null;

  constructor(
    private readonly ref: Reference,
    private readonly random: Random,
  ) {
    this.publisherZipf = new Zipf(ref.publishers, 1.1);
    this.topicZipf = new Zipf(ref.topics, 0.9);
    // Agencies of the leading countries lead too (the CIA first).
    const rank = new Map(ref.countryRank.items.map((code, i) => [`country:${code}`, i]));
    const countryOf = new Map(ref.ties.filter((t) => t.relation === 'OF_COUNTRY').map((t) => [t.entityId, rank.get(t.countryId) ?? rank.size]));
    const agencies = ref.agencies.map((a, i) => ({ id: a.id, key: a.id === LEAD_AGENCY ? -1 : (countryOf.get(a.id) ?? rank.size) * 10000 + i }));
    this.agencyZipf = new Zipf(
      agencies.sort((a, b) => a.key - b.key).map((a) => a.id),
      1.2,
    );
  }

  next(n: number): StoryRows {
    const r = this.random;
    const ref = this.ref;
    const codes = r.chance(RU_MX_SHARE) ? ['RU', 'MX', ...ref.countryRank.drawDistinct(r, r.int(0, 1))] : ref.countryRank.drawDistinct(r, r.int(1, 3));
    const countryCodes = [...new Set(codes)];
    const [a, b = countryCodes[0] === 'US' ? 'RU' : 'US'] = countryCodes;
    const nameOf = (code: string) => COUNTRIES.get(code)!.name;
    const demonymOf = (code: string) => COUNTRIES.get(code)!.demonym ?? nameOf(code);

    const pool = (code: string) => ref.byCountry.get(code)!;
    const fromPools = (kind: 'agencies' | 'people' | 'organizations' | 'groups', count: number) => [
      ...new Set(
        Array.from({ length: count }, () => r.pick(countryCodes))
          .map((code) => pool(code)[kind])
          .filter((l) => l.length)
          .map((l) => l[Math.floor(r.next() ** 2 * l.length)]),
      ),
    ];
    const agencies = [...new Set([...fromPools('agencies', r.int(0, 2)), ...(r.chance(0.35) ? [this.agencyZipf.draw(r)] : [])])];
    const people = fromPools('people', r.int(1, 3));
    const organizations = fromPools('organizations', r.int(0, 2));
    const embassy = ids.organization(`${demonymOf(b)} Embassy in ${nameOf(a)}`);
    if (countryCodes.includes('RU') && countryCodes.includes('MX')) organizations.push(ids.organization('Russian Embassy in Mexico'));
    else if (r.chance(0.2) && pool(a).organizations.includes(embassy)) organizations.push(embassy);
    const groups = r.chance(0.3) ? fromPools('groups', 1) : [];
    const entities = [...new Set([...agencies, ...people, ...organizations, ...groups])];

    const day = new Date(Date.UTC(2016, 0, 1) + r.int(0, 3652) * 86400000).toISOString().slice(0, 10);
    const number = r.int(2, 40);
    let title = `${nameOf(a)} ${r.pick(VERBS)} ${number} ${demonymOf(b)} ${r.pick(SUBJECTS)} after ${r.pick(REPORT_WORDS)}`;
    let id = ids.story(day, title);
    for (let k = 2; this.storyIds.has(id); k++) id = ids.story(day, (title = `${title.replace(/ \(update \d+\)$/, '')} (update ${k})`));
    this.storyIds.add(id);

    // Sources: a few new ones per story (each with its publisher), sometimes an earlier one again.
    const sources: StoryRows['sources'] = [];
    const derivations: StoryRows['derivations'] = [];
    for (let k = 0, count = r.int(2, 5); k < count; k++) {
      const publisher = this.publisherZipf.draw(r);
      const sourceTitle = `${k === 0 ? title : `${demonymOf(a)} ${r.pick(REPORT_WORDS)} on ${nameOf(b)} ${r.pick(SUBJECTS)}, case ${n}-${k}`}`;
      const sourceId = ids.source(publisher.name, sourceTitle);
      if (this.sourceIds.has(sourceId)) continue;
      this.sourceIds.add(sourceId);
      sources.push({
        id: sourceId,
        title: sourceTitle,
        kind: publisher.sourceKind,
        url: r.chance(0.7) ? `https://${slug(publisher.name, 30)}.example/${n}-${k}` : null,
        publisherId: publisher.id,
      });
      let depth = 0;
      for (let d = 0; d < (r.chance(DERIVES) ? (r.chance(0.25) ? 2 : 1) : 0) && this.recentSources.length; d++) {
        const to = this.recentSources[this.recentSources.length - 1 - Math.floor(r.next() ** 2 * Math.min(this.recentSources.length, 3000))];
        if (derivations.some((x) => x.from === sourceId && x.to === to)) continue;
        derivations.push({ from: sourceId, to });
        depth = Math.max(depth, 1 + (this.chainDepth.get(to) ?? 0));
      }
      this.chainDepth.set(sourceId, depth);
    }
    // Two sources of one story repeating the same origin: circular reporting, as it happens.
    if (sources.length >= 3 && r.chance(0.1)) {
      const origin = derivations.find((d) => d.from === sources[1].id)?.to;
      if (origin && !derivations.some((d) => d.from === sources[2].id && d.to === origin)) {
        derivations.push({ from: sources[2].id, to: origin });
        this.chainDepth.set(sources[2].id, Math.max(this.chainDepth.get(sources[2].id)!, 1 + (this.chainDepth.get(origin) ?? 0)));
      }
    }
    const citable = [...sources.map((s) => s.id), ...(r.chance(RECITE) && this.recentSources.length ? [r.pick(this.recentSources.slice(-2000))] : [])];

    const countryIds = countryCodes.map(ids.country);
    const aboutChoices = [...countryIds, ...entities];
    const claims: StoryRows['claims'] = [];
    for (let position = 0, count = r.int(3, 5); position < count; position++) {
      const dataPoint = position >= 2 && r.chance(0.6);
      const kind = dataPoint ? ClaimKind.DATA_POINT : ClaimKind.KEY_FACT;
      const text = dataPoint
        ? `${demonymOf(a)} officials counted ${r.int(3, 900)} ${r.pick(SUBJECTS)} linked to ${nameOf(b)} in ${day.slice(0, 4)} (item ${position}).`
        : `${nameOf(a)} ${r.pick(VERBS)} ${nameOf(b)} over ${r.pick(SUBJECTS)} named in a ${r.pick(REPORT_WORDS)} (point ${position}).`;
      const ruMx = ids.organization('Russian Embassy in Mexico');
      const about = [
        ...new Set(
          position === 0
            ? countryIds
            : position === 1 && organizations.includes(ruMx)
              ? [ruMx]
              : Array.from({ length: r.int(1, 3) }, () => r.pick(aboutChoices)),
        ),
      ];
      const speakers = [...groups, ...people, ...agencies];
      const attributedTo = speakers.length && r.chance(0.3) ? [r.pick(speakers)] : [];
      const cited = [...new Set(Array.from({ length: dataPoint ? 1 : r.int(1, 2) }, (_, k) => (k === 0 && position === 0 ? citable[0] : r.pick(citable))))];
      const claimId = ids.claim(id, text);
      claims.push({
        id: claimId,
        text,
        kind,
        asOf: dataPoint && r.chance(0.5) ? day.slice(0, 4) : null,
        position,
        about,
        attributedTo,
        citations: cited.map((sourceId) => ({ sourceId, quote: r.chance(0.3) ? `"${text.slice(0, 40)}…"` : null })),
      });
      if (!this.showcase && cited.length >= 2 && cited.some((s) => (this.chainDepth.get(s) ?? 0) >= 3)) this.showcase = { claimId, storyId: id };
    }

    for (const s of sources) this.recentSources.push(s.id);
    if (this.recentSources.length > 20000) this.recentSources.splice(0, this.recentSources.length - 20000);

    return {
      story: {
        id,
        title,
        publishedAt: day,
        url: r.chance(0.8) ? `https://news.example/${n}` : null,
        summary: `${nameOf(a)} and ${nameOf(b)} traded accusations after a ${r.pick(REPORT_WORDS)} about ${demonymOf(b)} ${r.pick(SUBJECTS)}; officials in both capitals declined to comment (story ${n}).`,
      },
      topics: [...new Set(this.topicZipf.drawDistinct(r, r.int(1, 2)).map((t) => t.id))],
      mentions: [...countryIds, ...entities],
      basedOn: sources.slice(0, r.int(1, Math.min(2, sources.length))).map((s) => s.id),
      sources,
      derivations,
      claims,
    };
  }
}
