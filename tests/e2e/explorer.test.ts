import fs from 'node:fs';
import { FIXTURE, loadFixtureGraph } from '../fixtures/graph';
import { startTestApp, TestApp } from '../support/app';
import { resetGraph } from '../support/graph';
import { Role } from '../../src/modules/identity/identity.roles';
import { ExplorerBrowser, openExplorerBrowser } from './browser';

/**
 * The analyst's explorer in a real headless Chromium, against the real service holding the sample
 * story and tests/fixtures/graph. Steps run in order on one page, as an analyst would click; each
 * page is screenshotted into tests/e2e/screenshots/.
 */
const WRITE_TOKEN = 'e2e-write-token';
const AMLO = 'Andrés Manuel López Obrador';

let app: TestApp;
let ui: ExplorerBrowser;

beforeAll(async () => {
  // The data goes in through an app without a write token; the explorer's app requires one.
  const loader = await startTestApp();
  await resetGraph(loader.executor);
  await loadFixtureGraph(loader);
  await loader.stop();
  // Anonymous visitors may read; grading needs the analyst role, which the write token's identity (editor) has.
  app = await startTestApp({ writeToken: WRITE_TOKEN, config: { auth: { anonymousRole: Role.reader } } });
  ui = await openExplorerBrowser(app.baseUrl);
});

afterAll(async () => {
  await ui?.close();
  if (app) {
    await resetGraph(app.executor);
    await app.stop();
  }
});

const page = () => ui.page;
const text = (selector: string) => page().locator(selector).first().innerText();

describe('the web explorer', () => {
  it('is served at / with a policy that allows only its own scripts', async () => {
    const res = await fetch(`${app.baseUrl}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    // The API keeps its own, stricter policy.
    const api = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ topics { id } }"}',
    });
    expect(api.headers.get('content-security-policy')).toContain("default-src 'none'");
    const missing = await fetch(`${app.baseUrl}/assets/no-such-file.js`);
    expect(missing.status).toBe(404);
  });

  it('searches "Lopez Obrador" without accents and opens the person with roles and ties', async () => {
    await page().goto(`${app.baseUrl}/#/dashboard`);
    // By keyboard only: "/" focuses the search box.
    await page().getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page().keyboard.press('/');
    await page().keyboard.type('Lopez Obrador');
    await page().keyboard.press('Enter');
    const first = page().locator('ol.hits > li').first();
    await first.waitFor();
    expect(await first.locator('a').innerText()).toBe(AMLO);
    expect(await first.locator('.badge').innerText()).toMatch(/person/i);
    expect(page().url()).toContain('#/search?q=Lopez+Obrador');
    await ui.screenshot('01-search');

    await first.locator('a').click();
    await page().locator('h1', { hasText: AMLO }).waitFor();
    const roles = await text('table');
    expect(roles).toContain('President');
    expect(await page().locator('section', { hasText: 'Claims (' }).count()).toBeGreaterThan(0);
    await ui.screenshot('02-entity');
  });

  it('opens the graph of the person and expands Mexico: more nodes, and the address keeps the state', async () => {
    await page().getByRole('link', { name: 'Open in graph' }).click();
    const stats = page().getByTestId('graph-stats');
    await page().waitForFunction(() => /^\d+ nodes/.test((globalThis as any).document.querySelector('[data-testid="graph-stats"]')?.textContent ?? ''));
    const before = Number(/^(\d+) nodes/.exec(await stats.innerText())![1]);
    expect(before).toBeGreaterThan(1);
    await page().getByRole('button', { name: 'Expand Mexico', exact: true }).click();
    await page().waitForFunction((n) => {
      const m = /^(\d+) nodes/.exec((globalThis as any).document.querySelector('[data-testid="graph-stats"]')?.textContent ?? '');
      return m !== null && Number(m[1]) > n;
    }, before);
    expect(decodeURIComponent(page().url())).toContain('expanded=country:MX');
    // The drawing holds what the list shows.
    const drawn = await page().evaluate(() => (globalThis as any).storygraphCy.nodes().length);
    expect(drawn).toBe(Number(/^(\d+) nodes/.exec(await stats.innerText())![1]));
    await ui.screenshot('03-graph');
  });

  it('shows the shortest paths between two nodes, as the API finds them', async () => {
    const { paths } = await app.data('{ paths(fromId: "country:MX", toId: "country:PL", maxHops: 4) { nodes { id } } }');
    expect(paths.nodes.length).toBeGreaterThan(2);
    await page().goto(`${app.baseUrl}/#/graph?focus=country%3AMX&to=country%3APL&hops=4`);
    await page().waitForFunction(
      (n) => ((globalThis as any).document.querySelector('[data-testid="graph-stats"]')?.textContent ?? '').startsWith(`${n} nodes`),
      paths.nodes.length,
    );
    const drawn: string[] = await page().evaluate(() => (globalThis as any).storygraphCy.nodes().map((n: any) => n.id()));
    expect(drawn.sort()).toEqual(paths.nodes.map((n: any) => n.id).sort());
    await ui.screenshot('03-graph-path');
    // Back returns to the expanded neighbourhood: graph states are history entries.
    await page().goBack();
    await page().waitForURL(/expanded=country%3AMX/);
  });

  it("opens a claim's provenance: origins and the explained assessment, as the API gives them", async () => {
    const claimLink = page().locator('.node-list a[href^="#/claim/"]').first();
    const claimId = decodeURIComponent((await claimLink.getAttribute('href'))!.replace('#/claim/', ''));
    await claimLink.click();
    await page().getByTestId('assessment-score').waitFor();
    const api = await app.data(
      `query($id: ID!) { assessment(claimId: $id) { score level factors { factor } } provenance(claimId: $id) { origins { source { title } } } }`,
      { id: claimId },
    );
    expect(await page().getByTestId('assessment-score').innerText()).toBe(`${api.assessment.score.toFixed(1)} / 100 · ${api.assessment.level}`);
    const factorRows = await page().locator('section[aria-labelledby="assessment"] tbody tr').count();
    expect(factorRows).toBe(api.assessment.factors.length);
    const origins = await page().getByRole('list', { name: 'Origins' }).locator('li > a').allInnerTexts();
    expect(origins.length).toBeGreaterThan(0);
    expect(origins.sort()).toEqual(api.provenance.origins.map((o: any) => o.source.title).sort());
    await ui.screenshot('04-provenance');
  });

  it('flags circular reporting on a claim whose sources share an origin', async () => {
    const { corroboration } = await app.data(`{ corroboration(claimId: "${FIXTURE.gruLink}") { circularReporting } }`);
    expect(corroboration.circularReporting).toBe(true);
    const { claim } = await app.data(`{ claim(id: "${FIXTURE.gruLink}") { text } }`);
    await page().goto(`${app.baseUrl}/#/claim/${encodeURIComponent(FIXTURE.gruLink)}`);
    await page().locator('h1', { hasText: claim.text }).waitFor();
    await page().getByTestId('assessment-score').waitFor();
    expect(await page().getByText('Circular reporting:').count()).toBe(1);
    await ui.screenshot('04-provenance-circular');
  });

  it('answers the mission question for RU + MX: 7 claims with 5 publishers, as a table, a CSV and a graph', async () => {
    await page().getByRole('link', { name: 'Mission question' }).click();
    await page()
      .getByRole('checkbox', { name: /Russia/ })
      .check();
    await page()
      .getByRole('checkbox', { name: /Mexico/ })
      .check();
    await page().getByRole('button', { name: 'Ask' }).click();
    const summary = page().getByTestId('mission-summary');
    await summary.waitFor();
    expect(await summary.locator('strong').innerText()).toMatch(/^7 claims · \d+ sources · 5 publishers$/);
    expect(await page().locator('table.mission tbody tr').count()).toBe(7);
    expect(decodeURIComponent(page().url())).toContain('countries=RU,MX');
    await ui.screenshot('05-mission');

    const [download] = await Promise.all([page().waitForEvent('download'), page().getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('"claim id","kind","claim","about","story","published","source","publisher","reliability","quote"');
    expect(new Set(lines.slice(1).map((l) => l.split('","')[0])).size).toBe(7);

    await page().getByRole('link', { name: 'Graph', exact: true }).last().click();
    await page().waitForFunction(() => ((globalThis as any).storygraphCy?.nodes('[colour]').length ?? 0) > 7);
    await ui.screenshot('06-mission-graph');
  });

  it('offers grading only to a role that may grade; with the write token it grades a source and shows the new grade', async () => {
    const before = await app.data(`{ source(id: "${FIXTURE.nytSource}") { reliability { grade } } }`);
    const grade = before.source.reliability?.grade === 'A' ? 'B' : 'A';
    await page().goto(`${app.baseUrl}/#/source/${encodeURIComponent(FIXTURE.nytSource)}`);
    await page().getByTestId('source-reliability').waitFor();
    await page().getByText('Grading a source needs the analyst role; you are anonymous (reader).').waitFor();
    expect(await page().getByRole('button', { name: 'Grade source' }).count()).toBe(0);

    await page()
      .getByRole('button', { name: /^Access/ })
      .click();
    await page().getByLabel('Value').fill(`Bearer ${WRITE_TOKEN}`);
    await page().getByRole('button', { name: 'Save' }).click();
    await page().getByTestId('viewer').first().filter({ hasText: 'API_WRITE_TOKEN (editor)' }).waitFor();
    await page().getByLabel('Reliability').selectOption(grade);
    await page().getByRole('button', { name: 'Grade source' }).click();
    await page().waitForFunction((g) => (globalThis as any).document.querySelector('[data-testid="source-reliability"] .grade')?.textContent === g, grade);
    expect(await page().getByTestId('source-reliability').innerText()).toContain('by write-token');
    const after = await app.data(`{ source(id: "${FIXTURE.nytSource}") { reliability { grade gradedBy } } }`);
    expect(after.source.reliability).toEqual({ grade, gradedBy: 'write-token' });
    await ui.screenshot('07-source-graded');
  });

  it('shows the story page with claims grouped by kind', async () => {
    await page().goto(`${app.baseUrl}/#/story/${encodeURIComponent(FIXTURE.sampleStory)}`);
    await page().locator('h1').waitFor();
    const { story } = await app.data(`{ story(id: "${FIXTURE.sampleStory}") { title claims { id } } }`);
    expect(await page().locator('h1').innerText()).toBe(story.title);
    expect(await page().locator('ul.claims > li').count()).toBe(story.claims.length);
    await ui.screenshot('08-story');
  });

  it('shows the dashboard counts and leaderboards', async () => {
    await page().goto(`${app.baseUrl}/#/dashboard`);
    await page().getByRole('definition').first().waitFor();
    const { analytics } = await app.data('{ analytics { counts { stories claims } } }');
    const counts = Object.fromEntries(
      await page()
        .locator('dl.counts > div')
        .evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')!.textContent, Number(d.querySelector('dd')!.textContent)])),
    );
    expect(counts).toMatchObject({ stories: analytics.counts.stories, claims: analytics.counts.claims });
    await ui.screenshot('09-dashboard');
  });

  it('runs a query in the bundled GraphQL IDE', async () => {
    const introspected = page().waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('IntrospectionQuery'));
    await page().goto(`${app.baseUrl}/#/ide`);
    expect((await introspected).status()).toBe(200);
    await page().locator('.graphiql-query-editor .CodeMirror').waitFor();
    // The run button is drawn before the editor has wired it up; a real user's click comes later.
    const answered = () =>
      page().waitForFunction(() => ((globalThis as any).document.querySelector('.result-window')?.textContent ?? '').includes('"totalCount": 7'), null, {
        timeout: 1000,
      });
    let ran = false;
    for (let i = 0; i < 10 && !ran; i++) {
      await page().locator('.graphiql-execute-button').click();
      ran = await answered().then(
        () => true,
        () => false,
      );
    }
    expect(ran).toBe(true);
    await ui.screenshot('10-ide');
  });

  it('loaded nothing from any other host, and the page logged no error', () => {
    expect(ui.foreignRequests).toEqual([]);
    expect(ui.pageErrors).toEqual([]);
  });
});
