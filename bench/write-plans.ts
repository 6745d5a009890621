import 'reflect-metadata';
import fs from 'node:fs';
import { Plan } from 'neo4j-driver';
import { fromRoot } from '../src/config/paths';
import { Database } from '../src/db/connect';
import { STABLE_PLANS } from '../src/db/stable-plans';
import { storyFromCard } from '../src/ingest/assemble';
import { NameMemory, storyService } from '../src/modules/story/story.service';
import { buildWritePlan, WritePlan } from '../src/modules/story/story.plan';
import { writeStories } from '../src/modules/story/story.write.repository';
import { freshIngest } from './fresh-ingest';

/**
 * npm run bench:write-plans [-- stories]: the write statements run with `CYPHER replan=skip`
 * (src/db/stable-plans.ts), so the plan Neo4j makes for them on an empty graph is kept however the
 * graph grows. This checks that it may be: it plans (EXPLAIN, forced fresh) every statement of one
 * 1000-card batch on the empty graph and again after `stories` (default 5000) generated stories,
 * and compares their operators (with their seeks and patterns; the order of two independent
 * children may differ). Exit status 1 when a statement plans differently. Writes
 * bench/results/write-plans.json.
 */
const operators = (plan: Plan): string[] => [
  `${plan.operatorType.replace(/@.*/, '')} ${String(plan.arguments?.Details ?? '').replace(/anon_\d+/g, 'anon')}`,
  ...plan.children.flatMap(operators),
];

/** The operators of every statement writeStories runs for these plans (EXPLAIN only: nothing is written, every read comes back empty). */
async function explain(db: Database, plans: WritePlan[]): Promise<{ statement: string; operators: string[] }[]> {
  const session = db.driver.session({ database: db.database });
  const tx = session.beginTransaction();
  const out: { statement: string; operators: string[] }[] = [];
  try {
    await writeStories(
      {
        run: async (cypher, params) => {
          const res = await tx.run(`EXPLAIN ${cypher.replace(STABLE_PLANS, 'CYPHER replan=force ')}`, { clearance: 4, ...params });
          out.push({ statement: cypher.replace(/\s+/g, ' ').slice(STABLE_PLANS.length, 110), operators: operators(res.summary.plan as Plan).sort() });
          return [];
        },
      },
      plans,
    );
  } finally {
    await tx.rollback();
    await session.close();
  }
  return out;
}

async function main() {
  const stories = Number(process.argv[2] ?? 5000);
  const { files, db, executor, close } = await freshIngest(stories + 1000, 'write-plans', 7696);
  try {
    const inputs = await Promise.all(files.map((f) => storyFromCard(fs.readFileSync(f, 'utf8'), f)));
    const probe = inputs.slice(stories).map((input) => buildWritePlan(input));
    const empty = await explain(db, probe);
    const names = new NameMemory();
    for (let i = 0; i < stories; i += 2000) await storyService.ingestMany(executor, inputs.slice(i, Math.min(stories, i + 2000)), { names, batchSize: 1000 });
    const full = await explain(db, probe);
    const differing = empty.filter((e, i) => JSON.stringify(e.operators) !== JSON.stringify(full[i]?.operators)).map((e) => e.statement);
    const result = { stories, statements: empty.length, samePlans: empty.length - differing.length, differing, date: new Date().toISOString() };
    fs.writeFileSync(fromRoot('bench', 'results', 'write-plans.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(`${result.samePlans} of ${result.statements} write statements plan the same on the empty graph and after ${stories} stories`);
    for (const s of differing) console.log(`differs: ${s}`);
    if (differing.length || empty.length !== full.length) process.exitCode = 1;
  } finally {
    await close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
