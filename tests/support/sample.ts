import fs from 'node:fs';
import { fromRoot } from '../../src/config/paths';
import { startTestApp, TestApp } from './app';
import { resetGraph } from './graph';

/** The hand-structured sample story, as a fresh plain object (tests mutate copies freely). */
export function sampleStory(): any {
  return JSON.parse(fs.readFileSync(fromRoot('seeds', 'sample-story.json'), 'utf8'));
}

export const SAMPLE_STORY_ID = 'story:2025-12-08-mexico-refused-to-expel-cia-flagged-russian-spies';

export const INGEST = `mutation Ingest($input: StoryInput!) {
  ingestStory(input: $input) {
    story { id title }
    created { stories claims sources entities }
    reused { stories claims sources entities }
  }
}`;

/** A small story about other entities, for filters and pagination. */
export function otherStory(overrides: Record<string, unknown> = {}): any {
  return {
    title: 'Germany expels Russian diplomats over espionage',
    summary: 'Berlin expelled two Russian diplomats after the BND flagged them.',
    publishedAt: '2025-06-15',
    topics: ['Intelligence and Espionage', 'Europe–Russia Relations'],
    sources: [{ title: 'Germany expels two Russian diplomats', kind: 'NEWS_REPORT', publisher: 'Reuters', url: 'https://example.org/reuters/de-ru' }],
    basedOn: ['Germany expels two Russian diplomats'],
    entities: [
      { type: 'COUNTRY', code: 'DE' },
      { type: 'COUNTRY', code: 'RU' },
      { type: 'AGENCY', name: 'Federal Intelligence Service', acronym: 'BND', countryCode: 'DE' },
    ],
    claims: [
      {
        kind: 'KEY_FACT',
        text: 'Germany expelled two Russian diplomats.',
        about: ['Germany', 'Russia'],
        citations: [{ source: 'Germany expels two Russian diplomats', quote: 'two diplomats' }],
      },
      {
        kind: 'KEY_FACT',
        text: 'The BND identified the diplomats as intelligence officers.',
        about: ['BND', 'Russia'],
        citations: [{ source: 'Germany expels two Russian diplomats' }],
      },
    ],
    ...overrides,
  };
}

/** The real server on an empty graph. */
export async function startEmptyApp(): Promise<TestApp> {
  const app = await startTestApp();
  await resetGraph(app.executor);
  return app;
}

/** The real server on a fresh graph holding the sample story and `otherStory()`. */
export async function startSampleApp(): Promise<TestApp> {
  const app = await startEmptyApp();
  await app.data(INGEST, { input: sampleStory() });
  await app.data(INGEST, { input: otherStory() });
  return app;
}

/** Leaves the graph empty, as the suite found it, and stops the server. */
export async function stopAndClearGraph(app: TestApp): Promise<void> {
  await resetGraph(app.executor);
  await app.stop();
}

export const stopSampleApp = stopAndClearGraph;
