import { Driver } from 'neo4j-driver';
import { Executor } from '../../../src/db/executor';
import { createLoaders } from '../../../src/graphql/loaders';
import { claimLoaders } from '../../../src/modules/claim/claim.loaders';
import { entityLoaders } from '../../../src/modules/entity/entity.loaders';
import { gradingLoaders } from '../../../src/modules/grading/grading.loaders';
import { provenanceLoaders } from '../../../src/modules/provenance/provenance.loaders';
import { ALL_PARTS } from '../../../src/modules/provenance/provenance.repository';
import { sourceLoaders } from '../../../src/modules/source/source.loaders';
import { storyLoaders } from '../../../src/modules/story/story.loaders';

/** Loaders are built when a request first uses them (loaders.ts); what resolvers see must not change. */
describe('per-request loaders', () => {
  const executor = new Executor(undefined as unknown as Driver, 'neo4j');
  const modules = [claimLoaders, storyLoaders, sourceLoaders, entityLoaders, gradingLoaders, provenanceLoaders];

  it("offers every module's loaders under their own names", () => {
    const loaders = createLoaders(executor);
    const names = modules.flatMap((build) => Object.keys(build(executor))).sort();
    expect(names).toHaveLength(new Set(names).size);
    for (const name of names) expect(loaders[name as keyof typeof loaders]).toBeDefined();
    expect(Object.keys(Object.getPrototypeOf(loaders)).sort()).toEqual(names);
  });

  it('gives the same loader (and its cache) on every use within a request, and fresh ones to the next request', () => {
    const first = createLoaders(executor);
    const second = createLoaders(executor);
    expect(first.claimById).toBe(first.claimById);
    expect(first.storyOfClaim).toBe(first.storyOfClaim);
    expect(first.claimById).not.toBe(second.claimById);
    // Loaders made by a function per page or part keep their per-request map too.
    const parts = ALL_PARTS;
    expect(first.provenanceOfClaim(parts)).toBe(first.provenanceOfClaim(parts));
    expect(first.provenanceOfClaim(parts)).not.toBe(second.provenanceOfClaim(parts));
  });

  it('reads as of the instant it was made for', async () => {
    const statements: Record<string, unknown>[] = [];
    const recording = { clearance: 4, read: async (_cypher: string, params: Record<string, unknown>) => (statements.push(params), []) } as unknown as Executor;
    await createLoaders(recording, '2026-01-01T00:00:00.000Z').claimById.load('claim:a');
    await createLoaders(recording).claimById.load('claim:a');
    expect(statements).toHaveLength(2);
    expect(JSON.stringify(statements[0])).toContain('2026-01-01');
    expect(JSON.stringify(statements[1])).not.toContain('2026-01-01');
  });
});
