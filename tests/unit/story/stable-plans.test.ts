import 'reflect-metadata';
import { withStablePlans } from '../../../src/db/stable-plans';
import { buildWritePlan } from '../../../src/modules/story/story.plan';
import { validateStoryInput } from '../../../src/modules/story/story.service';
import { writeStories } from '../../../src/modules/story/story.write.repository';
import { sampleStory } from '../../support/sample';

describe('write statements keep their plans (replan=skip)', () => {
  it('prefixes the statement and passes the parameters through untouched', async () => {
    const seen: { cypher: string; params?: Record<string, unknown> }[] = [];
    const params = { ids: ['a'] };
    await withStablePlans({ run: async (cypher, p) => (seen.push({ cypher, params: p }), []) }).run('MATCH (n) RETURN n', params);
    expect(seen).toEqual([{ cypher: 'CYPHER replan=skip MATCH (n) RETURN n', params }]);
  });

  it('runs every statement of a story write with it, the marking tallies and propagation included', async () => {
    const plan = buildWritePlan(await validateStoryInput(sampleStory()));
    const statements: string[] = [];
    // Every read comes back empty: the story, its claims and sources are all new.
    await writeStories({ run: async (cypher) => (statements.push(cypher), []) }, [plan]);
    expect(statements.length).toBeGreaterThan(5);
    expect(statements.filter((s) => !s.startsWith('CYPHER replan=skip '))).toEqual([]);
    expect(statements.some((s) => s.includes('CREATE (c:Claim'))).toBe(true);
  });
});
