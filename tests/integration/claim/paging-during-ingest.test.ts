import { startTestApp, TestApp } from '../../support/app';
import { resetGraph } from '../../support/graph';
import { INGEST, otherStory } from '../../support/sample';

/** A two-claim story on `day`, unique by `n`. */
const story = (n: number, day: string) =>
  otherStory({
    title: `Expulsion number ${n}`,
    publishedAt: day,
    claims: [
      {
        kind: 'KEY_FACT',
        text: `Germany expelled diplomat group ${n}.`,
        about: ['Germany', 'Russia'],
        citations: [{ source: 'Germany expels two Russian diplomats' }],
      },
      { kind: 'KEY_FACT', text: `The BND flagged group ${n}.`, about: ['BND', 'Russia'], citations: [{ source: 'Germany expels two Russian diplomats' }] },
    ],
  });

const day = (i: number) => `2025-0${1 + (i % 9)}-${String(10 + (i % 18)).padStart(2, '0')}`;

const PAGE = `query($after: String) { claims(first: 3, after: $after, filter: { aboutCountries: ["RU"] }) {
  edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

describe('paging through claims while stories are ingested', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await resetGraph(app.executor);
    for (let i = 0; i < 12; i += 1) await app.data(INGEST, { input: story(i, day(i)) });
  }, 180000);
  afterAll(async () => {
    await resetGraph(app.executor);
    await app.stop();
  });

  it('returns no claim twice and misses none that existed when paging began', async () => {
    const { claims: before } = await app.data(`{ claims(first: 100, filter: { aboutCountries: ["RU"] }) { edges { node { id } } } }`);
    const existing: string[] = before.edges.map((e: any) => e.node.id);
    expect(existing).toHaveLength(24);

    const seen: string[] = [];
    let after: string | null = null;
    let inserted = 100;
    do {
      const { claims }: any = await app.data(PAGE, { after });
      seen.push(...claims.edges.map((e: any) => e.node.id));
      after = claims.pageInfo.hasNextPage ? claims.pageInfo.endCursor : null;
      // Between the first pages: a story newer than everything, one older (the scroll will reach it),
      // and one on a day of the existing stories. Later pages run undisturbed, so the scroll ends.
      if (inserted < 112) for (const d of ['2025-12-31', '2024-01-01', day(inserted % 12)]) await app.data(INGEST, { input: story(inserted++, d) });
    } while (after);

    expect(seen.length).toBe(new Set(seen).size);
    expect(existing.filter((id) => !seen.includes(id))).toEqual([]);
  }, 240000);

  // An entity page read with its entity (the walk-or-sort statement of entity.claims-walk.ts), a cursor at a time.
  it('an entity page: no claim twice, none missed', async () => {
    const { entities } = await app.data(`{ entities(first: 1, filter: { nameContains: "BND" }) { edges { node { id } } } }`);
    const id: string = entities.edges[0].node.id;
    const ENTITY_PAGE = `query($id: ID!, $after: String) { entity(id: $id) { claims(first: 3, after: $after) {
      edges { node { id } } pageInfo { hasNextPage endCursor } } } }`;
    const { entity: before } = await app.data(`query($id: ID!) { entity(id: $id) { claims(first: 100) { edges { node { id } } } } }`, { id });
    const existing: string[] = before.claims.edges.map((e: any) => e.node.id);
    expect(existing.length).toBeGreaterThanOrEqual(12);

    const seen: string[] = [];
    let after: string | null = null;
    let inserted = 200;
    do {
      const { entity }: any = await app.data(ENTITY_PAGE, { id, after });
      seen.push(...entity.claims.edges.map((e: any) => e.node.id));
      after = entity.claims.pageInfo.hasNextPage ? entity.claims.pageInfo.endCursor : null;
      if (inserted < 212) for (const d of ['2025-12-31', '2024-01-01', day(inserted % 12)]) await app.data(INGEST, { input: story(inserted++, d) });
    } while (after);

    expect(seen.length).toBe(new Set(seen).size);
    expect(existing.filter((id) => !seen.includes(id))).toEqual([]);
  }, 240000);
});
